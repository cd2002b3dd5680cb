/// Single- and double-quoted scalars (https://yaml.org/spec/1.2.2/#73-flow-scalar-styles): always strings,
/// possibly over several lines, which are folded (a line break becomes a space, an empty line a line feed).
extension YAMLParser {
    /// Reads `"…"` with every escape of YAML 1.2 (and JSON's UTF-16 surrogate pairs).
    mutating func parseDoubleQuoted() throws(YAMLError) -> String {
        let start = mark
        index += 1
        let first = index
        while index < text.count {
            let current = text[index]
            if current == UInt8(ascii: "\"") {
                index += 1
                return string(first, index - 1)
            }
            if current == UInt8(ascii: "\\") || current == 0x0A || current == 0x0D { break }
            index += 1
        }
        var buffer = Array(UnsafeBufferPointer(rebasing: text[first..<index]))
        var kept = buffer.count
        while kept > 0, Self.isBlank(buffer[kept - 1]) { kept -= 1 }
        while true {
            let current = byte()
            if current == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: buffer, as: UTF8.self)
            }
            if atEnd {
                throw error("the text ends inside a double-quoted scalar that starts at \(start.description) (truncated file?)")
            }
            if current == UInt8(ascii: "\\") {
                if Self.isBreak(byte(1)) {
                    index += 1
                    consumeBreak()
                    try foldEscapedBreak(into: &buffer)
                } else {
                    try appendEscape(to: &buffer)
                }
                kept = buffer.count
            } else if Self.isBreak(current) {
                buffer.removeSubrange(kept...)
                try foldBreak(into: &buffer, quote: "double", start: start)
                kept = buffer.count
            } else {
                buffer.append(current)
                index += 1
                if !Self.isBlank(current) { kept = buffer.count }
            }
        }
    }

    /// Reads `'…'`, where `''` is one quote.
    mutating func parseSingleQuoted() throws(YAMLError) -> String {
        let start = mark
        index += 1
        let first = index
        while index < text.count {
            let current = text[index]
            if current == UInt8(ascii: "'") {
                if byte(1) == UInt8(ascii: "'") { break }
                index += 1
                return string(first, index - 1)
            }
            if current == 0x0A || current == 0x0D { break }
            index += 1
        }
        var buffer = Array(UnsafeBufferPointer(rebasing: text[first..<index]))
        var kept = buffer.count
        while kept > 0, Self.isBlank(buffer[kept - 1]) { kept -= 1 }
        while true {
            let current = byte()
            if atEnd {
                throw error("the text ends inside a single-quoted scalar that starts at \(start.description) (truncated file?)")
            }
            if current == UInt8(ascii: "'") {
                if byte(1) == UInt8(ascii: "'") {
                    buffer.append(current)
                    index += 2
                    kept = buffer.count
                    continue
                }
                index += 1
                return String(decoding: buffer, as: UTF8.self)
            }
            if Self.isBreak(current) {
                buffer.removeSubrange(kept...)
                try foldBreak(into: &buffer, quote: "single", start: start)
                kept = buffer.count
            } else {
                buffer.append(current)
                index += 1
                if !Self.isBlank(current) { kept = buffer.count }
            }
        }
    }

    /// Folds the line break at the cursor and the empty lines after it; skips the next line's leading blanks.
    private mutating func foldBreak(into buffer: inout [UInt8], quote: String, start: YAMLMark) throws(YAMLError) {
        consumeBreak()
        var breaks = 0
        while true {
            skipBlanks()
            if atDocumentMarker(UInt8(ascii: "-")) || atDocumentMarker(UInt8(ascii: ".")) {
                throw error("a document marker inside a \(quote)-quoted scalar that starts at \(start.description); is a closing quote missing?")
            }
            guard consumeBreak() else { break }
            breaks += 1
        }
        if breaks == 0 {
            buffer.append(0x20)
        } else {
            buffer.append(contentsOf: repeatElement(0x0A, count: breaks))
        }
    }

    /// After `\` and a line break: the break is dropped, empty lines become line feeds, leading blanks are skipped.
    private mutating func foldEscapedBreak(into buffer: inout [UInt8]) throws(YAMLError) {
        while true {
            skipBlanks()
            guard consumeBreak() else { return }
            buffer.append(0x0A)
        }
    }

    /// Decodes the escape at the cursor (`\n`, `\x41`, `\u00E9`, `\U0001F600`, …) into UTF-8.
    private mutating func appendEscape(to buffer: inout [UInt8]) throws(YAMLError) {
        let start = mark
        let code = byte(1)
        index += 2
        let simple: UInt32?
        switch code {
        case UInt8(ascii: "0"): simple = 0
        case UInt8(ascii: "a"): simple = 7
        case UInt8(ascii: "b"): simple = 8
        case UInt8(ascii: "t"), 0x09: simple = 9
        case UInt8(ascii: "n"): simple = 10
        case UInt8(ascii: "v"): simple = 11
        case UInt8(ascii: "f"): simple = 12
        case UInt8(ascii: "r"): simple = 13
        case UInt8(ascii: "e"): simple = 0x1B
        case 0x20: simple = 0x20
        case UInt8(ascii: "\""): simple = 0x22
        case UInt8(ascii: "/"): simple = 0x2F
        case UInt8(ascii: "\\"): simple = 0x5C
        case UInt8(ascii: "N"): simple = 0x85
        case UInt8(ascii: "_"): simple = 0xA0
        case UInt8(ascii: "L"): simple = 0x2028
        case UInt8(ascii: "P"): simple = 0x2029
        default: simple = nil
        }
        if let simple {
            Self.appendUTF8(simple, to: &buffer)
            return
        }
        let digits: Int
        switch code {
        case UInt8(ascii: "x"): digits = 2
        case UInt8(ascii: "u"): digits = 4
        case UInt8(ascii: "U"): digits = 8
        default:
            if atEnd || code == 0 { throw error("the text ends inside a double-quoted scalar (truncated file?)") }
            throw error("unknown escape '\\\(Character(Unicode.Scalar(code)))' in a double-quoted scalar", at: start)
        }
        var value = try hexNumber(digits: digits, escape: start)
        if digits == 4, (0xD800...0xDBFF).contains(value) {
            guard byte() == UInt8(ascii: "\\"), byte(1) == UInt8(ascii: "u") else {
                throw error("the escape '\\u\(String(value, radix: 16, uppercase: true))' is half of a UTF-16 surrogate pair without its second half", at: start)
            }
            index += 2
            let low = try hexNumber(digits: 4, escape: start)
            guard (0xDC00...0xDFFF).contains(low) else {
                throw error("the escape '\\u\(String(value, radix: 16, uppercase: true))' is not followed by the second half of a UTF-16 surrogate pair", at: start)
            }
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
        }
        guard Unicode.Scalar(value) != nil else {
            throw error("the escape at \(start.description) names \(String(value, radix: 16, uppercase: true)), which is not a Unicode scalar value", at: start)
        }
        Self.appendUTF8(value, to: &buffer)
    }

    /// Reads `digits` hexadecimal digits.
    private mutating func hexNumber(digits: Int, escape: YAMLMark) throws(YAMLError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<digits {
            let current = byte()
            let digit: UInt8
            switch current {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = current - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = current - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = current - UInt8(ascii: "A") + 10
            default: throw error("the escape at \(escape.description) needs \(digits) hexadecimal digits")
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    /// Appends the UTF-8 encoding of a Unicode scalar value.
    static func appendUTF8(_ value: UInt32, to buffer: inout [UInt8]) {
        guard let scalar = Unicode.Scalar(value) else { return }
        UTF8.encode(scalar) { buffer.append($0) }
    }
}
