#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The tokens of `JSONTextParser`: whitespace, literals, numbers and strings (with escapes and UTF-8 checks).
extension JSONTextParser {
    mutating func skipWhitespace() {
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

    mutating func literal(_ word: StaticString) throws(JSONReader.Fault) {
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

    mutating func number() throws(JSONReader.Fault) -> JSONValue {
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
    mutating func string() throws(JSONReader.Fault) -> String {
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
    mutating func plainByte(_ byte: UInt8) throws(JSONReader.Fault) {
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
    func utf8SequenceLength(at position: Int) -> Int? {
        UTF8Sequence.length(in: bytes, at: position)
    }

    /// One escape sequence starting at its backslash, appended to `decoded` as UTF-8.
    mutating func escape(into decoded: inout [UInt8]) throws(JSONReader.Fault) {
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
    mutating func hexQuad(escapeStart: Int) throws(JSONReader.Fault) -> UInt16 {
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
