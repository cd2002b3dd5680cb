import Foundation

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

    /// Checks `data` strictly without building values (the loader reads them with `JSONSerialization`).
    static func check(_ data: Data, maximumDepth: Int = JSONLoader.maximumDepth) -> Result {
        read(data, maximumDepth: maximumDepth, buildsValues: false)
    }

    /// Reads `data` (without a byte order mark). Containers nested deeper than `maximumDepth` are a fault.
    static func read(_ data: Data, maximumDepth: Int = JSONLoader.maximumDepth, buildsValues: Bool = true) -> Result {
        data.withUnsafeBytes { raw in
            var parser = Parser(bytes: raw.bindMemory(to: UInt8.self), maximumDepth: maximumDepth, buildsValues: buildsValues)
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
private struct Parser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let maximumDepth: Int
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private(set) var duplicates: [JSONReader.DuplicateMember] = []

    /// An array or object still being read.
    private struct Frame {
        var isObject: Bool
        var elements: [JSONValue] = []
        var members: [String: JSONValue] = [:]
        /// Where each member name of this object first appears.
        var firstSeen: [String: (line: Int, column: Int)] = [:]
        /// The name of the member whose value is being read.
        var key = ""
    }

    private var stack: [Frame] = []

    /// When false, containers stay empty: the parser only checks the text (and still finds repeated names).
    private let buildsValues: Bool

    init(bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int, buildsValues: Bool = true) {
        self.bytes = bytes
        self.maximumDepth = max(1, maximumDepth)
        self.buildsValues = buildsValues
    }

    // MARK: Positions and faults

    private var column: Int { index - lineStart + 1 }

    private func fault(_ reason: String, kind: JSONReader.Fault.Kind = .syntax, at position: Int? = nil) -> JSONReader.Fault {
        let at = position ?? index
        return JSONReader.Fault(kind: kind, line: line, column: at - lineStart + 1, reason: reason)
    }

    private func truncated(_ place: String) -> JSONReader.Fault {
        fault("the text ends \(place) (truncated file?)")
    }

    /// `'x'` for printable ASCII, the character for valid UTF-8, else the byte in hex.
    private func describeByte(at position: Int) -> String {
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

    private func hex(_ byte: UInt8) -> String {
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
                if !buildsValues {
                    // Checking only: nothing to keep.
                } else if isObject {
                    stack[top].members[stack[top].key] = value
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
                value = frame.isObject ? .object(JSONObject(frame.members)) : .array(frame.elements)
            }
        }
    }

    /// A member name and its colon, for the object on top of the stack.
    private mutating func memberName() throws(JSONReader.Fault) {
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
    private func currentPointer(appending name: String) -> JSONPointer {
        var tokens: [String] = []
        for frame in stack.dropLast() {
            tokens.append(frame.isObject ? frame.key : String(frame.elements.count))
        }
        return JSONPointer(tokens + [name])
    }

    // MARK: Tokens

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            case 0x20, 0x09, 0x0D:
                index += 1
            default:
                return
            }
        }
    }

    private mutating func literal(_ word: StaticString) throws(JSONReader.Fault) {
        let start = index
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for byte in expected {
            guard index < bytes.count else { throw truncated("inside '\(word)'") }
            guard bytes[index] == byte else {
                throw fault("unexpected \(describeByte(at: start)) where a value was expected (did you mean '\(word)'?)", at: start)
            }
            index += 1
        }
    }

    private mutating func number() throws(JSONReader.Fault) -> JSONValue {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        guard index < bytes.count else { throw truncated("inside a number") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) { throw fault("a number must not start with '0' (leading zeros are not JSON)", at: start) }
        } else if isDigit(bytes[index]) {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        } else {
            throw fault("invalid number: expected a digit after '-', found \(describeByte(at: index))")
        }
        var isInteger = true
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard index < bytes.count else { throw truncated("inside a number") }
            guard isDigit(bytes[index]) else { throw fault("invalid number: expected a digit after '.'") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count else { throw truncated("inside a number") }
            guard isDigit(bytes[index]) else { throw fault("invalid number: expected a digit in the exponent") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        if isInteger, let int = Int(text) { return .int(int) }
        guard let double = Double(text), double.isFinite else {
            throw fault("the number is too large for a 64-bit floating-point value", at: start)
        }
        return .double(double)
    }

    /// A string token starting at its opening quote; returns the decoded text.
    private mutating func string() throws(JSONReader.Fault) -> String {
        index += 1
        let start = index
        // Fast path: no escapes.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            try plainByte(byte)
        }
        // Slow path: decode escapes into a buffer.
        var decoded = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: decoded, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") {
                try escape(into: &decoded)
            } else {
                let from = index
                try plainByte(byte)
                decoded.append(contentsOf: bytes[from..<index])
            }
        }
        throw truncated("inside a string")
    }

    /// Moves past one unescaped character of a string (one to four bytes), checking it.
    private mutating func plainByte(_ byte: UInt8) throws(JSONReader.Fault) {
        if byte < 0x20 {
            let what = byte == 0x0A || byte == 0x0D ? "control character 0x\(hex(byte)) (a line break)" : "control character 0x\(hex(byte))"
            throw fault("\(what) inside a string must be escaped (or is the string unterminated?)")
        }
        if byte < 0x80 {
            index += 1
            return
        }
        guard let length = utf8SequenceLength(at: index) else {
            throw fault("byte 0x\(hex(byte)) in a string is not UTF-8; save the file as UTF-8", kind: .encoding)
        }
        index += length
    }

    /// The length of the valid UTF-8 sequence at `position` (RFC 3629, no overlongs or surrogates), or nil.
    private func utf8SequenceLength(at position: Int) -> Int? {
        let lead = bytes[position]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return nil
        }
        guard position + length <= bytes.count else { return nil }
        let second = bytes[position + 1]
        guard second >= low, second <= high else { return nil }
        for offset in 2..<max(2, length) where bytes[position + offset] & 0xC0 != 0x80 { return nil }
        return length
    }

    /// One escape sequence starting at its backslash, appended to `decoded` as UTF-8.
    private mutating func escape(into decoded: inout [UInt8]) throws(JSONReader.Fault) {
        let start = index
        index += 1
        guard index < bytes.count else { throw truncated("inside a string") }
        let letter = bytes[index]
        index += 1
        switch letter {
        case UInt8(ascii: "\""): decoded.append(0x22)
        case UInt8(ascii: "\\"): decoded.append(0x5C)
        case UInt8(ascii: "/"): decoded.append(0x2F)
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "u"):
            let unit = try hexQuad(escapeStart: start)
            var scalarValue = UInt32(unit)
            if (0xD800...0xDBFF).contains(unit) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw fault("the \\u escape holds an unpaired UTF-16 surrogate", at: start)
                }
                let secondStart = index
                index += 2
                let low = try hexQuad(escapeStart: secondStart)
                guard (0xDC00...0xDFFF).contains(low) else { throw fault("the \\u escape holds an unpaired UTF-16 surrogate", at: start) }
                scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(unit) {
                throw fault("the \\u escape holds an unpaired UTF-16 surrogate", at: start)
            }
            guard let scalar = Unicode.Scalar(scalarValue) else { throw fault("invalid \\u escape", at: start) }
            UTF8.encode(scalar) { decoded.append($0) }
        default:
            throw fault("invalid escape sequence in a string: a backslash followed by \(describeByte(at: index - 1))", at: start)
        }
    }

    /// The four hex digits after `\u`.
    private mutating func hexQuad(escapeStart: Int) throws(JSONReader.Fault) -> UInt16 {
        var value: UInt16 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw truncated("inside a string") }
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw fault("a \\u escape needs four hex digits", at: escapeStart)
            }
            value = value << 4 | UInt16(digit)
            index += 1
        }
        return value
    }
}
