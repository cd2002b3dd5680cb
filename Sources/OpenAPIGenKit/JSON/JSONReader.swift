#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads JSON text (RFC 8259, UTF-8) into a `JSONValue` in one pass, and says exactly where bad text goes wrong.
///
/// It is strict where a lenient reader would guess: no trailing commas, no leading zeros, no numbers that
/// overflow a `Double`, no unpaired UTF-16 surrogates in `\u` escapes, no invalid UTF-8, no control characters
/// in strings, and no member name twice in one object (each repeat is reported, with where the first one is).
///
/// It never recurses: containers are kept on an explicit stack that may not grow beyond `maximumDepth`, so
/// no input can exhaust the call stack, and nothing is quadratic in the input size.
/// Lines and columns are 1-based; columns count UTF-8 bytes, as compilers do.
enum JSONReader {
    /// Why the text cannot be read, and where.
    struct Fault: Error, Hashable, Sendable {
        /// What kind of problem it is.
        enum Kind: Hashable, Sendable {
            /// The text breaks the JSON grammar.
            case syntax
            /// The bytes are not UTF-8.
            case encoding
            /// Containers are nested deeper than allowed.
            case depth
        }

        var kind: Kind
        var line: Int
        var column: Int
        /// A plain description, without a trailing period.
        var reason: String
    }

    /// A member name that appears a second (or later) time in one object.
    struct DuplicateMember: Hashable, Sendable {
        /// The member name.
        var name: String
        /// The member, as a pointer from the document root.
        var pointer: JSONPointer
        /// Where the repeated name is.
        var line: Int
        var column: Int
        /// Where the name first appears in the same object.
        var firstLine: Int
        var firstColumn: Int
    }

    /// What reading produced: the value when the text is valid JSON, otherwise the first fault; and every
    /// repeated member name found before reading stopped.
    struct Result: Sendable {
        var value: JSONValue?
        var fault: Fault?
        var duplicates: [DuplicateMember]
    }

    /// Reads `data` (without a byte order mark). Containers nested deeper than `maximumDepth` are a fault.
    static func read(_ data: Data, maximumDepth: Int = JSONLoader.maximumDepth) -> Result {
        data.withUnsafeBytes { raw in
            var parser = JSONTextParser(bytes: raw.bindMemory(to: UInt8.self), maximumDepth: maximumDepth)
            do throws(JSONReader.Fault) {
                let value = try parser.document()
                return Result(value: value, fault: nil, duplicates: parser.duplicates)
            } catch {
                return Result(value: nil, fault: error, duplicates: parser.duplicates)
            }
        }
    }

    /// Decodes the body of one JSON string token (the bytes between its quotes), or nil when it is not valid.
    static func decodeStringBody(_ body: some Collection<UInt8>) -> String? {
        let quoted = Data([0x22] + body + [0x22])
        if case .string(let text)? = read(quoted, maximumDepth: 1).value { return text }
        return nil
    }
}

// MARK: - The parser

/// The one-pass, non-recursive reader behind `JSONReader`: a stack of open containers, positions kept as it goes.
/// Only `JSONReader` uses it; its tokens (whitespace, literals, numbers, strings) are in `JSONReader+Tokens.swift`.
struct JSONTextParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let maximumDepth: Int
    var index = 0
    var line = 1
    var lineStart = 0
    private(set) var duplicates: [JSONReader.DuplicateMember] = []

    /// An array or object still being read.
    struct Frame {
        var isObject: Bool
        var elements: [JSONValue] = []
        var members = JSONObject()
        /// Where each member name of this object first appears.
        var firstSeen: [String: (line: Int, column: Int)] = [:]
        /// The name of the member whose value is being read.
        var key = ""
    }

    var stack: [Frame] = []

    init(bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int) {
        self.bytes = bytes
        self.maximumDepth = max(1, maximumDepth)
    }

    // MARK: Positions and faults

    var column: Int { index - lineStart + 1 }

    func fault(_ reason: String, kind: JSONReader.Fault.Kind = .syntax, at position: Int? = nil) -> JSONReader.Fault {
        let at = position ?? index
        return JSONReader.Fault(kind: kind, line: line, column: at - lineStart + 1, reason: reason)
    }

    func truncated(_ place: String) -> JSONReader.Fault {
        fault("the text ends \(place) (truncated file?)")
    }

    /// `'x'` for printable ASCII, the character for valid UTF-8, else the byte in hex.
    func describeByte(at position: Int) -> String {
        let byte = bytes[position]
        switch byte {
        case 0x21...0x7E: return "'\(Character(UnicodeScalar(byte)))'"
        case 0x00..<0x20, 0x7F: return "control character 0x\(hex(byte))"
        default:
            if let length = utf8SequenceLength(at: position) {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<(position + length)]), as: UTF8.self)
                return "'\(text)'"
            }
            return "byte 0x\(hex(byte))"
        }
    }

    func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }

    // MARK: Document

    /// The whole text: one value and nothing after it but whitespace.
    mutating func document() throws(JSONReader.Fault) -> JSONValue {
        skipWhitespace()
        while true {
            guard index < bytes.count else {
                throw stack.isEmpty ? truncated("where a value was expected") : truncated(stack[stack.count - 1].isObject ? "inside an object" : "inside an array")
            }
            var value: JSONValue
            switch bytes[index] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let isObject = bytes[index] == UInt8(ascii: "{")
                guard stack.count < maximumDepth else {
                    throw fault("JSON nesting is deeper than \(maximumDepth) levels", kind: .depth)
                }
                index += 1
                skipWhitespace()
                if index < bytes.count, bytes[index] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    index += 1
                    value = isObject ? .object(JSONObject()) : .array([])
                } else {
                    stack.append(Frame(isObject: isObject))
                    if isObject { try memberName() }
                    continue
                }
            case UInt8(ascii: "\""):
                value = .string(try string())
            case UInt8(ascii: "t"):
                try literal("true")
                value = .bool(true)
            case UInt8(ascii: "f"):
                try literal("false")
                value = .bool(false)
            case UInt8(ascii: "n"):
                try literal("null")
                value = .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                value = try number()
            default:
                let hint = bytes[index] >= 0x80 && utf8SequenceLength(at: index) == nil ? " (binary data, or text that is not UTF-8?)" : ""
                throw fault("unexpected \(describeByte(at: index)) where a value was expected\(hint)")
            }
            // `value` is complete: add it to its container, and close every container that ends here.
            while true {
                guard !stack.isEmpty else {
                    skipWhitespace()
                    if index < bytes.count { throw fault("unexpected \(describeByte(at: index)) after the end of the document") }
                    return value
                }
                let top = stack.count - 1
                let isObject = stack[top].isObject
                if isObject {
                    stack[top].members.set(stack[top].key, value)
                } else {
                    stack[top].elements.append(value)
                }
                skipWhitespace()
                guard index < bytes.count else { throw truncated(isObject ? "inside an object" : "inside an array") }
                let closing = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
                if bytes[index] == UInt8(ascii: ",") {
                    let comma = index
                    index += 1
                    skipWhitespace()
                    if index < bytes.count, bytes[index] == closing {
                        throw fault("trailing comma before '\(isObject ? "}" : "]")'", at: comma)
                    }
                    if isObject { try memberName() }
                    break
                }
                guard bytes[index] == closing else {
                    throw fault(isObject ? "expected ',' or '}' in an object" : "expected ',' or ']' in an array")
                }
                index += 1
                let frame = stack.removeLast()
                value = frame.isObject ? .object(frame.members) : .array(frame.elements)
            }
        }
    }

    /// A member name and its colon, for the object on top of the stack.
    mutating func memberName() throws(JSONReader.Fault) {
        guard index < bytes.count else { throw truncated("inside an object") }
        guard bytes[index] == UInt8(ascii: "\"") else { throw fault("expected a quoted member name, found \(describeByte(at: index))") }
        let nameLine = line, nameColumn = column
        let name = try string()
        let top = stack.count - 1
        if let first = stack[top].firstSeen[name] {
            duplicates.append(JSONReader.DuplicateMember(
                name: name, pointer: currentPointer(appending: name), line: nameLine, column: nameColumn,
                firstLine: first.line, firstColumn: first.column
            ))
        } else {
            stack[top].firstSeen[name] = (nameLine, nameColumn)
        }
        skipWhitespace()
        guard index < bytes.count else { throw truncated("where ':' was expected") }
        guard bytes[index] == UInt8(ascii: ":") else { throw fault("expected ':' after a member name, found \(describeByte(at: index))") }
        index += 1
        skipWhitespace()
        stack[top].key = name
    }

    /// The pointer to the member `name` of the object on top of the stack.
    func currentPointer(appending name: String) -> JSONPointer {
        var tokens: [String] = []
        for frame in stack.dropLast() {
            tokens.append(frame.isObject ? frame.key : String(frame.elements.count))
        }
        return JSONPointer(tokens + [name])
    }
}
