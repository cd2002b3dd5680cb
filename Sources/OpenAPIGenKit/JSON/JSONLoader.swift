import Foundation

/// Loads one JSON document: bytes → `JSONValue`. Foundation's `JSONSerialization` reads the values, once;
/// `JSONReader` first checks the text strictly (RFC 8259), because Foundation accepts some faults silently
/// (a repeated member name keeps only the last value; trailing commas) and reports none with a position.
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
        let result = JSONReader.check(bytes, maximumDepth: maximumDepth)
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
        do {
            return convert(try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]))
        } catch {
            diagnostics.append(Diagnostic(.error, "the file is not valid JSON: Foundation could not read it (\(error.localizedDescription))", file: file, line: 1, column: 1))
            return nil
        }
    }

    /// Converts Foundation's JSON objects. Booleans are told apart from numbers by `objCType`, because
    /// `NSNumber(1) is Bool` is true; integers that fit `Int` stay integers. Containers are matched first:
    /// asking a Swift dictionary whether it is an `NSNumber` bridges the whole dictionary to Objective-C.
    static func convert(_ object: Any) -> JSONValue {
        switch object {
        case let dictionary as [String: Any]:
            var members: [String: JSONValue] = [:]
            members.reserveCapacity(dictionary.count)
            for (key, value) in dictionary { members[key] = convert(value) }
            return .object(JSONObject(members))
        case let array as [Any]:
            return .array(array.map(convert))
        case let string as String:
            return .string(string)
        case let number as NSNumber:
            return convert(number)
        default:
            return .null
        }
    }

    /// A number: `.bool` for Foundation's booleans, `.int` for integers that fit `Int`, else `.double`.
    private static func convert(_ number: NSNumber) -> JSONValue {
        switch number.objCType.pointee {
        case 0x63, 0x42: // "c", "B"
            return .bool(number.boolValue)
        case 0x64, 0x66: // "d", "f"
            return .double(number.doubleValue)
        case 0x71, 0x6C, 0x69, 0x73: // "q", "l", "i", "s": signed integers
            return .int(Int(number.int64Value))
        default:
            let int = number.int64Value
            if int.description == number.stringValue { return .int(Int(int)) }
            return .double(number.doubleValue)
        }
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
