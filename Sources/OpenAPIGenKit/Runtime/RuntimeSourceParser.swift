/// Checks one runtime source file and splits it into what the generator embeds.
///
/// A runtime file is: import lines that `Support.swift` also has (`FileHeader.importLines`), one blank line,
/// and the declarations. Its text is LF-only, without tabs or trailing spaces, and ends with exactly one
/// newline, so that it can be embedded in a raw string literal and written back byte for byte. Anything else is
/// an error at the file, line and column where it is found.
enum RuntimeSourceParser {
    /// The keywords that start a declaration whose name is the next word.
    static let declarationKeywords: Set<String> = ["struct", "enum", "class", "actor", "protocol", "typealias", "func", "let", "var"]

    /// Parses the file `name` (shown as `path` in errors).
    static func parse(name: String, path: String, text: String) -> Result<RuntimeFile, RuntimeSourceError> {
        func failure(_ offset: Int, _ message: String) -> Result<RuntimeFile, RuntimeSourceError> {
            .failure(RuntimeSourceError(file: path, text: text, offset: offset, message: message))
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var offset = 0
        for line in lines {
            if let bad = line.utf8.firstIndex(where: { $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\t") }) {
                return failure(offset + line.utf8.distance(from: line.utf8.startIndex, to: bad), "runtime files use LF line endings and spaces, no CR or tab")
            }
            if line.last == " " { return failure(offset + line.utf8.count - 1, "trailing space") }
            offset += line.utf8.count + 1
        }
        guard text.hasSuffix("\n"), !text.hasSuffix("\n\n") else {
            return failure(max(0, text.utf8.count - 1), "a runtime file ends with exactly one newline")
        }
        guard let blank = lines.firstIndex(where: \.isEmpty), blank > 0 else {
            return failure(0, "a runtime file starts with its imports ('import Foundation'), then one blank line")
        }
        var headerOffset = 0
        for line in lines[..<blank] {
            guard FileHeader.importLines.contains(String(line)) else {
                return failure(headerOffset, "only these lines may come before the first blank line, because Support.swift has exactly them: \(FileHeader.importLines.joined(separator: "; "))")
            }
            headerOffset += line.utf8.count + 1
        }
        let bodyOffset = headerOffset + 1
        let body = String(decoding: text.utf8.dropFirst(bodyOffset).dropLast(), as: UTF8.self)
        guard let first = body.split(separator: "\n", omittingEmptySubsequences: false).first, !first.isEmpty else {
            return failure(bodyOffset, "exactly one blank line separates the imports from the declarations")
        }
        switch SwiftTokenScanner.scan(body) {
        case .failure(let scanFailure):
            return failure(bodyOffset + scanFailure.offset, scanFailure.message)
        case .success(let tokens):
            return .success(RuntimeFile(name: name, topLevelNames: topLevelNames(in: tokens), body: body))
        }
    }

    /// The names declared at file scope: the word after a declaration keyword outside any braces or brackets.
    static func topLevelNames(in tokens: [SwiftTokenScanner.Token]) -> [String] {
        var names: [String] = []
        for (position, token) in tokens.enumerated()
        where token.isWord && token.braceDepth == 0 && token.parenDepth == 0 && declarationKeywords.contains(token.text) {
            guard position + 1 < tokens.count, tokens[position + 1].isWord else { continue }
            names.append(tokens[position + 1].text.filter { $0 != "`" })
        }
        return names
    }
}

/// A problem in a runtime source file, printed like a compiler diagnostic.
public struct RuntimeSourceError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file, as shown.
    public var file: String
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, in UTF-8 bytes.
    public var column: Int
    /// A plain sentence.
    public var message: String

    /// An error at the UTF-8 `offset` of `text`.
    init(file: String, text: String, offset: Int, message: String) {
        let before = text.utf8.prefix(offset)
        self.file = file
        line = before.filter { $0 == UInt8(ascii: "\n") }.count + 1
        column = before.count - (before.lastIndex(of: UInt8(ascii: "\n")).map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0) + 1
        self.message = message
    }

    /// `file:line:col: error: message`.
    public var description: String {
        "\(file):\(line):\(column): error: \(message)"
    }
}
