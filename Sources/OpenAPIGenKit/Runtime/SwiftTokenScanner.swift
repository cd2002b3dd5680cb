/// Splits Swift source into the tokens the runtime embedding needs: words (identifiers, keywords, `#if`,
/// `@Sendable`) and single punctuation bytes, each with its UTF-8 offset and its brace and parenthesis depth.
///
/// Comments (`//`, nested `/* */`) and string literals (`"…"`, `"""…"""`, raw `#"…"#`, with `\(…)`
/// interpolations that may hold further strings) are skipped whole, so a `public` or a `{` inside them is never
/// a token. This is not a full Swift lexer: numbers come out as words and operators as single bytes, which is
/// all that finding declarations and their modifiers needs.
struct SwiftTokenScanner {
    /// One token.
    struct Token: Hashable, Sendable {
        /// The word, or the punctuation byte as a one-character string.
        var text: String
        /// The UTF-8 offset of the token's first byte.
        var offset: Int
        /// How many `{` enclose the token (a `{` itself is counted outside, its `}` too).
        var braceDepth: Int
        /// How many `(` or `[` enclose the token.
        var parenDepth: Int
        /// Whether the token is a word rather than punctuation.
        var isWord: Bool
    }

    /// Why the text could not be scanned: an unterminated comment or string, or unbalanced brackets.
    struct Failure: Error, Hashable, Sendable {
        /// The UTF-8 offset the problem starts at.
        var offset: Int
        /// A plain sentence.
        var message: String
    }

    private let bytes: [UInt8]
    private var index = 0
    private var tokens: [Token] = []
    private var braceDepth = 0
    private var parenDepth = 0

    private init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// The tokens of `text`, or the first problem found.
    static func scan(_ text: String) -> Result<[Token], Failure> {
        var scanner = SwiftTokenScanner(text)
        do {
            try scanner.scanCode(untilClosingParen: false)
            guard scanner.braceDepth == 0, scanner.parenDepth == 0 else {
                return .failure(Failure(offset: scanner.bytes.count, message: "the file ends inside a '{', '(' or '['"))
            }
            return .success(scanner.tokens)
        } catch let failure as Failure {
            return .failure(failure)
        } catch {
            return .failure(Failure(offset: 0, message: "\(error)"))
        }
    }

    // MARK: - Code

    /// Scans code up to the end, or (inside an interpolation) up to the `)` that closes it. Tokens inside an
    /// interpolation are not recorded.
    private mutating func scanCode(untilClosingParen: Bool) throws {
        var nesting = 0
        while index < bytes.count {
            let byte = bytes[index]
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            if byte == ascii("/"), next == ascii("/") {
                while index < bytes.count, bytes[index] != ascii("\n") { index += 1 }
            } else if byte == ascii("/"), next == ascii("*") {
                try skipBlockComment()
            } else if let hashes = stringStart() {
                try skipString(hashes: hashes)
            } else if Self.isWordByte(byte) || byte == ascii("#") || byte == ascii("@") || byte == ascii("`") {
                let start = index
                index += 1
                while index < bytes.count, Self.isWordByte(bytes[index]) || bytes[index] == ascii("`") { index += 1 }
                if !untilClosingParen { record(start, isWord: true) }
            } else if byte == ascii(" ") || byte == ascii("\n") || byte == ascii("\t") || byte == ascii("\r") {
                index += 1
            } else {
                if untilClosingParen {
                    if byte == ascii("(") { nesting += 1 }
                    if byte == ascii(")") {
                        if nesting == 0 { index += 1; return }
                        nesting -= 1
                    }
                    index += 1
                    continue
                }
                if byte == ascii("}") || byte == ascii(")") || byte == ascii("]") {
                    if byte == ascii("}") { braceDepth -= 1 } else { parenDepth -= 1 }
                    guard braceDepth >= 0, parenDepth >= 0 else { throw Failure(offset: index, message: "unbalanced '\(Character(UnicodeScalar(byte)))'") }
                }
                record(index, isWord: false)
                if byte == ascii("{") { braceDepth += 1 }
                if byte == ascii("(") || byte == ascii("[") { parenDepth += 1 }
                index += 1
            }
        }
        if untilClosingParen { throw Failure(offset: index, message: "an interpolation '\\(' is not closed") }
    }

    private mutating func record(_ start: Int, isWord: Bool) {
        let end = isWord ? index : start + 1
        tokens.append(Token(
            text: String(decoding: bytes[start..<end], as: UTF8.self), offset: start,
            braceDepth: braceDepth, parenDepth: parenDepth, isWord: isWord
        ))
    }

    private mutating func skipBlockComment() throws {
        let start = index
        var depth = 0
        while index < bytes.count {
            if bytes[index] == ascii("/"), index + 1 < bytes.count, bytes[index + 1] == ascii("*") {
                depth += 1
                index += 2
            } else if bytes[index] == ascii("*"), index + 1 < bytes.count, bytes[index + 1] == ascii("/") {
                depth -= 1
                index += 2
                if depth == 0 { return }
            } else {
                index += 1
            }
        }
        throw Failure(offset: start, message: "a '/*' comment is not closed")
    }

    // MARK: - Strings

    /// The number of `#` before a `"` at the current position, or nil when no string literal starts here.
    private func stringStart() -> Int? {
        var cursor = index
        while cursor < bytes.count, bytes[cursor] == ascii("#") { cursor += 1 }
        return cursor < bytes.count && bytes[cursor] == ascii("\"") ? cursor - index : nil
    }

    /// Skips a string literal opened with `hashes` `#` signs, single- or multi-line, interpolations included.
    private mutating func skipString(hashes: Int) throws {
        let start = index
        index += hashes
        let multiLine = index + 2 < bytes.count && bytes[index + 1] == ascii("\"") && bytes[index + 2] == ascii("\"")
        let quotes = multiLine ? 3 : 1
        index += quotes
        while index < bytes.count {
            let byte = bytes[index]
            if byte == ascii("\\"), matches(ascii("#"), count: hashes, at: index + 1) {
                index += 1 + hashes
                guard index < bytes.count else { break }
                if bytes[index] == ascii("(") {
                    index += 1
                    try scanCode(untilClosingParen: true)
                } else {
                    index += 1
                }
            } else if byte == ascii("\""), matches(ascii("\""), count: quotes, at: index), matches(ascii("#"), count: hashes, at: index + quotes) {
                index += quotes + hashes
                return
            } else if byte == ascii("\n"), !multiLine {
                break
            } else {
                index += 1
            }
        }
        throw Failure(offset: start, message: "a string literal is not closed")
    }

    private func matches(_ byte: UInt8, count: Int, at position: Int) -> Bool {
        guard position + count <= bytes.count else { return false }
        return bytes[position..<position + count].allSatisfy { $0 == byte }
    }

    // MARK: - Bytes

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F || byte >= 0x80
    }
}

/// The byte of an ASCII character literal.
private func ascii(_ character: Unicode.Scalar) -> UInt8 {
    UInt8(truncatingIfNeeded: character.value)
}
