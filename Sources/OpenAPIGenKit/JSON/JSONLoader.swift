#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Loads one JSON document: bytes → `JSONValue`, in one pass of `JSONReader`, which is strict (RFC 8259) where
/// Foundation is not (a repeated member name, trailing commas), says where bad text goes wrong, and keeps each
/// object's members in document order.
///
/// Bad input never crashes or hangs: an empty file, UTF-16 or UTF-32 text, bytes that are not JSON or not
/// UTF-8, and nesting deeper than `maximumDepth` each become one error diagnostic with the line and column
/// of the fault, and a nil result. A member name that appears twice in one object is an error at each repeat.
/// A UTF-8 byte order mark is accepted and skipped.
public enum JSONLoader {
    /// Deeper nesting than this is refused, so no later stage can exhaust the stack.
    public static let maximumDepth = 512

    /// Parses `data` as JSON. `file` names the source in diagnostics.
    public static func load(_ data: Data, file: String, diagnostics: inout DiagnosticBag) -> JSONValue? {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            diagnostics.append(Diagnostic(.error, "the file is empty; expected an OpenAPI document in JSON", file: file))
            return nil
        }
        if let encoding = wideEncoding(of: data) {
            diagnostics.append(Diagnostic(.error, "the file is \(encoding) encoded; save it as UTF-8 (JSON files must be UTF-8)", file: file))
            return nil
        }
        let result = JSONReader.read(bytes, maximumDepth: maximumDepth)
        for duplicate in result.duplicates {
            diagnostics.append(Diagnostic(
                .error,
                "the member '\(duplicate.name)' appears twice in one object (first at line \(duplicate.firstLine), column \(duplicate.firstColumn)); member names must be unique",
                file: file, pointer: duplicate.pointer, line: duplicate.line, column: duplicate.column
            ))
        }
        if let fault = result.fault {
            let message: String
            switch fault.kind {
            case .syntax: message = "the file is not valid JSON: \(fault.reason)"
            case .encoding: message = "the file is not valid UTF-8: \(fault.reason)"
            case .depth: message = fault.reason
            }
            diagnostics.append(Diagnostic(.error, message, file: file, line: fault.line, column: fault.column))
            return nil
        }
        guard result.duplicates.isEmpty else { return nil }
        return result.value
    }

    /// "UTF-16" or "UTF-32" when `data` starts with their byte order mark, or, without one, with the pattern of
    /// NUL and ASCII bytes that JSON text (which begins with ASCII) has in them (RFC 4627, section 3).
    static func wideEncoding(of data: Data) -> String? {
        let head = Array(data.prefix(4))
        if head.starts(with: [0x00, 0x00, 0xFE, 0xFF]) || head.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return "UTF-32" }
        if head.starts(with: [0xFE, 0xFF]) || head.starts(with: [0xFF, 0xFE]) { return "UTF-16" }
        func ascii(_ byte: UInt8) -> Bool { byte != 0 && byte < 0x80 }
        if head.count == 4 {
            if head[0] == 0, head[1] == 0, head[2] == 0, ascii(head[3]) { return "UTF-32" }
            if ascii(head[0]), head[1] == 0, head[2] == 0, head[3] == 0 { return "UTF-32" }
        }
        if head.count >= 2 {
            let pairs = stride(from: 0, to: head.count - 1, by: 2).map { (head[$0], head[$0 + 1]) }
            if pairs.allSatisfy({ $0.0 == 0 && ascii($0.1) }) || pairs.allSatisfy({ ascii($0.0) && $0.1 == 0 }) { return "UTF-16" }
        }
        return nil
    }
}
