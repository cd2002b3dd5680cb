import Foundation

/// Loads one JSON document: bytes → `JSONValue`, through Foundation's `JSONSerialization`.
///
/// Bad input never crashes: an empty file, bytes that are not JSON, or nesting deeper than
/// `maximumDepth` each become one error diagnostic and a nil result.
public enum JSONLoader {
    /// Deeper nesting than this is refused before parsing, so no input can exhaust the stack.
    public static let maximumDepth = 512

    /// Parses `data` as JSON. `file` names the source in diagnostics.
    public static func load(_ data: Data, file: String, diagnostics: inout DiagnosticBag) -> JSONValue? {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            diagnostics.append(Diagnostic(.error, "the file is empty; expected an OpenAPI document in JSON", file: file))
            return nil
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            diagnostics.append(Diagnostic(.error, "the file is UTF-16 encoded; save it as UTF-8", file: file))
            return nil
        }
        if let depth = nestingDepthExceeding(maximumDepth, in: bytes) {
            diagnostics.append(Diagnostic(.error, "JSON nesting is deeper than \(maximumDepth) levels", file: file, line: depth.line, column: depth.column))
            return nil
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            let position = JSONSyntaxLocator.firstError(in: Data(bytes))
            diagnostics.append(Diagnostic(.error, "the file is not valid JSON: \(position.reason)", file: file, line: position.line, column: position.column))
            return nil
        }
        return convert(object)
    }

    /// Converts Foundation's JSON objects. Booleans are told apart from numbers by `objCType`,
    /// because `NSNumber(1) is Bool` is true.
    static func convert(_ object: Any) -> JSONValue {
        switch object {
        case let string as String:
            return .string(string)
        case let number as NSNumber:
            let type = String(cString: number.objCType)
            if type == "c" || type == "B" { return .bool(number.boolValue) }
            if type == "d" || type == "f" { return .double(number.doubleValue) }
            if let int = Int(exactly: number.int64Value), number.int64Value.description == number.stringValue {
                return .int(int)
            }
            return .double(number.doubleValue)
        case let array as [Any]:
            return .array(array.map(convert))
        case let dictionary as [String: Any]:
            return .object(JSONObject(dictionary.mapValues(convert)))
        default:
            return .null
        }
    }

    /// The line and column where nesting first exceeds `limit`, ignoring brackets inside strings.
    static func nestingDepthExceeding(_ limit: Int, in bytes: Data) -> (line: Int, column: Int)? {
        var depth = 0, line = 1, column = 0
        var inString = false, escaped = false
        for byte in bytes {
            column += 1
            if byte == 0x0A { line += 1; column = 0; continue }
            if inString {
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                continue
            }
            switch byte {
            case 0x22: inString = true
            case 0x5B, 0x7B:
                depth += 1
                if depth > limit { return (line, column) }
            case 0x5D, 0x7D: depth -= 1
            default: break
            }
        }
        return nil
    }
}
