#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Loads one YAML document: bytes → `JSONValue`, the same value `JSONLoader` gives for the same document in
/// JSON, so that every later stage is format-blind.
///
/// The reader is our own (`YAMLParser`): YAML 1.2, core schema, one document per file. Bad input never crashes
/// or hangs: an empty file, UTF-16 or UTF-32 text, bytes that are not UTF-8, control characters, syntax
/// errors, tabs used as indentation, nesting deeper than `maximumDepth` and aliases that expand to more than
/// `maximumAliasExpansion` nodes each become one error diagnostic with the line and column of the fault, and
/// a nil result. YAML that openapi-gen does not read (several documents, custom tags, complex keys) is refused
/// the same way, never read wrongly. YAML 1.1 merge keys (`<<: *base`) are read (`YAMLMerges`). A UTF-8 byte
/// order mark is accepted and skipped.
public enum YAMLLoader {
    /// Deeper nesting than this is refused (the same limit as JSON's).
    public static let maximumDepth = JSONLoader.maximumDepth

    /// The most nodes aliases may repeat in one document, in total.
    public static let maximumAliasExpansion = 1_000_000

    /// Parses `data` as YAML. `file` names the source in diagnostics.
    public static func load(_ data: Data, file: String, diagnostics: inout DiagnosticBag) -> JSONValue? {
        if let encoding = JSONLoader.wideEncoding(of: data) {
            diagnostics.append(Diagnostic(.error, "the file is \(encoding) encoded; save it as UTF-8 (YAML files are read as UTF-8)", file: file))
            return nil
        }
        switch read(data) {
        case .success(let value?):
            return value
        case .success(nil):
            diagnostics.append(Diagnostic(.error, "the file is empty; expected an OpenAPI document in YAML", file: file))
            return nil
        case .failure(let fault):
            let message: String
            switch fault.kind {
            case .syntax: message = "the file is not valid YAML: \(fault.message)"
            case .encoding: message = "the file is not valid UTF-8: \(fault.message)"
            case .unsupported, .limit: message = fault.message
            }
            diagnostics.append(Diagnostic(.error, message, file: file, line: fault.line, column: fault.column))
            return nil
        }
    }

    /// The document in `data`; nil when the text holds no node (only white space and comments).
    ///
    /// The reader runs on a `LargeStackThread`: `YAMLParser` recurses a few calls per nesting level, up to
    /// `maximumDepth` levels, and a debug build needs about 20 KB per level, more than a secondary thread's default
    /// stack (and than some main threads') holds.
    static func read(_ data: Data) -> Result<JSONValue?, YAMLError> {
        let result = LargeStackThread.run { readOnThisThread(data) }
        return result ?? .failure(YAMLError(message: "the YAML reader could not start a thread", line: 1, column: 1, kind: .limit))
    }

    private static func readOnThisThread(_ data: Data) -> Result<JSONValue?, YAMLError> {
        withText(data) { text in
            if let fault = YAMLTextCheck.firstFault(in: text) { return .failure(fault) }
            var parser = YAMLParser(text: text, maximumDepth: maximumDepth, maximumAliasExpansion: maximumAliasExpansion)
            do throws(YAMLError) {
                let value = try parser.parseStream()
                if value == .null, parser.nodeCount <= 1, isBlankOrComments(text) { return .success(nil) }
                return .success(value)
            } catch {
                return .failure(error)
            }
        }
    }

    /// The positions of those `pointers` (and of their ancestors) that exist in the YAML text `data`: a mapping
    /// member at its key, a sequence item at its first character. Inside a node repeated by an alias, only the
    /// alias itself has a position.
    static func positions(of pointers: Set<JSONPointer>, in data: Data) -> [JSONPointer: JSONPosition] {
        LargeStackThread.run { positionsOnThisThread(of: pointers, in: data) } ?? [:]
    }

    private static func positionsOnThisThread(of pointers: Set<JSONPointer>, in data: Data) -> [JSONPointer: JSONPosition] {
        withText(data) { text in
            guard YAMLTextCheck.firstFault(in: text) == nil else { return [:] }
            var parser = YAMLParser(
                text: text, maximumDepth: maximumDepth, maximumAliasExpansion: maximumAliasExpansion,
                positions: YAMLPositionRecorder(wanted: pointers)
            )
            _ = try? parser.parseStream()
            return parser.positions?.found ?? [:]
        }
    }

    /// Runs `body` on the bytes of `data` after a UTF-8 byte order mark.
    private static func withText<T>(_ data: Data, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            let hasMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
            return body(hasMark ? UnsafeBufferPointer(rebasing: bytes[3...]) : bytes)
        }
    }

    /// Whether the text is only white space and comments.
    private static func isBlankOrComments(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var inComment = false
        for byte in text {
            if byte == 0x0A || byte == 0x0D {
                inComment = false
            } else if inComment {
                continue
            } else if byte == UInt8(ascii: "#") {
                inComment = true
            } else if byte != 0x20, byte != 0x09 {
                return false
            }
        }
        return true
    }
}
