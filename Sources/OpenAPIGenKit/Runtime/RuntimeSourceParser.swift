/// Checks one runtime source file and splits it into what the generator embeds.
///
/// A runtime file is: import lines that `Support.swift` also has (`FileHeader.importLines`), one blank line,
/// and the declarations. Its text is LF-only, without tabs or trailing spaces, and ends with exactly one
/// newline, so that it can be embedded in a raw string literal and written back byte for byte.
///
/// Every `public` must be the access modifier of a declaration (it becomes the API's access level); `open` and
/// `package` are not used. A file-scope `extension` is exactly one line `extension <Type>: <Protocol>, … {}`,
/// which the generator can move out of a namespace. `@_spi(Generated) public` marks a declaration that only
/// generated code uses: public to a client that imports the runtime library, internal once embedded (the
/// attribute and its `public` are removed); `@_spi(Generated)` may also mark a conformance line. Anything else is
/// an error at the file, line and column where it is found.
enum RuntimeSourceParser {
    /// The attribute that marks what only generated code uses.
    static let generatedOnlyAttribute = "@_spi(Generated) "

    /// The keywords that start a declaration whose name is the next word.
    static let declarationKeywords: Set<String> = ["struct", "enum", "class", "actor", "protocol", "typealias", "func", "let", "var"]

    /// What may follow an access modifier: a declaration keyword or another modifier.
    static let afterAccessModifier: Set<String> = declarationKeywords.union([
        "init", "subscript", "static", "final", "indirect", "mutating", "nonmutating", "convenience", "required", "override",
        "lazy", "nonisolated", "private", "fileprivate", "internal", "extension",
    ])

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
            do {
                let generatedOnly = try generatedOnlySpans(in: tokens, body: body)
                return .success(RuntimeFile(
                    name: name, topLevelNames: topLevelNames(in: tokens), conformances: try conformances(in: tokens, body: body),
                    accessModifiers: try accessModifiers(in: tokens, except: generatedOnly), generatedOnly: generatedOnly, body: body
                ))
            } catch let problem as Problem {
                return failure(bodyOffset + problem.offset, problem.message)
            } catch {
                return failure(bodyOffset, "\(error)")
            }
        }
    }

    /// A problem at a UTF-8 offset of the body.
    private struct Problem: Error {
        var offset: Int
        var message: String
    }

    /// The spans `@_spi(Generated) public ` (before a declaration) and `@_spi(Generated) ` (before a file-scope
    /// extension) that embedding removes.
    private static func generatedOnlySpans(in tokens: [SwiftTokenScanner.Token], body: String) throws -> [RuntimeSpan] {
        let bytes = Array(body.utf8)
        var spans: [RuntimeSpan] = []
        for (position, token) in tokens.enumerated() where token.isWord && token.text == "@_spi" {
            let group = tokens.dropFirst(position + 1).prefix(4).map(\.text)
            guard group.count == 4, group[0] == "(", group[1] == "Generated", group[2] == ")", group[3] == "public" || group[3] == "extension" else {
                throw Problem(offset: token.offset, message: "'@_spi(Generated)' is the runtime's only SPI, and it marks a 'public' declaration or a file-scope extension")
            }
            let expected = group[3] == "public" ? generatedOnlyAttribute + "public " : generatedOnlyAttribute
            let span = RuntimeSpan(offset: token.offset, length: expected.utf8.count)
            guard span.offset + span.length <= bytes.count, String(decoding: bytes[span.offset..<span.offset + span.length], as: UTF8.self) == expected else {
                throw Problem(offset: token.offset, message: "write it exactly '\(expected)', followed by the declaration")
            }
            spans.append(span)
        }
        return spans
    }

    /// The offsets of the `public` modifiers outside `generatedOnly`; any other use of `public`, and `open` or
    /// `package` as modifiers, are errors.
    private static func accessModifiers(in tokens: [SwiftTokenScanner.Token], except generatedOnly: [RuntimeSpan]) throws -> [Int] {
        var offsets: [Int] = []
        for (position, token) in tokens.enumerated() where token.isWord {
            let next = position + 1 < tokens.count ? tokens[position + 1].text : ""
            if token.text == "public", generatedOnly.contains(where: { $0.offset < token.offset && token.offset < $0.offset + $0.length }) {
                continue
            }
            if token.text == "public" {
                guard afterAccessModifier.contains(next) else {
                    throw Problem(offset: token.offset, message: "'public' is used here other than as the access modifier of a declaration")
                }
                offsets.append(token.offset)
            } else if token.text == "open" || token.text == "package", afterAccessModifier.contains(next) {
                throw Problem(offset: token.offset, message: "the runtime uses 'public' (which becomes the API's access level) or no access modifier, not '\(token.text)'")
            }
        }
        return offsets
    }

    /// The file-scope extensions, each of which must be one line `extension <Type>: <Protocol>, … {}`.
    private static func conformances(in tokens: [SwiftTokenScanner.Token], body: String) throws -> [RuntimeConformance] {
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        var result: [RuntimeConformance] = []
        for (position, token) in tokens.enumerated() where token.isWord && token.text == "extension" && token.braceDepth == 0 {
            let problem = Problem(offset: token.offset, message: "a file-scope extension in the runtime is one line 'extension <Type>: <Protocol> {}', so that it can stay outside a namespace")
            var cursor = position + 1
            func name() -> String {
                var text = ""
                while cursor < tokens.count, tokens[cursor].isWord || tokens[cursor].text == "." {
                    text += tokens[cursor].text
                    cursor += 1
                }
                return text
            }
            let type = name()
            guard !type.isEmpty, cursor < tokens.count, tokens[cursor].text == ":" else { throw problem }
            var protocols: [String] = []
            repeat {
                cursor += 1
                let proto = name()
                guard !proto.isEmpty else { throw problem }
                protocols.append(proto)
            } while cursor < tokens.count && tokens[cursor].text == ","
            guard cursor + 1 < tokens.count, tokens[cursor].text == "{", tokens[cursor + 1].text == "}" else { throw problem }
            let line = body.utf8.prefix(token.offset).filter { $0 == UInt8(ascii: "\n") }.count
            let conformance = RuntimeConformance(line: line, type: type, protocols: protocols)
            let declaration = conformance.declaration(namespace: nil, qualified: [])
            guard [declaration, generatedOnlyAttribute + declaration].contains(String(lines[line])) else { throw problem }
            result.append(conformance)
        }
        return result
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
