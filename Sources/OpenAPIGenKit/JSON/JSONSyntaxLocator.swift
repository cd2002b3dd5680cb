import Foundation

/// Finds where a JSON text first goes wrong, because `JSONSerialization`'s errors carry no usable position.
///
/// It is a small validating scanner (RFC 8259) run only after Foundation refused the bytes.
enum JSONSyntaxLocator {
    /// The position and a plain description of the first syntax error.
    struct Fault: Equatable {
        var line: Int
        var column: Int
        var reason: String
    }

    /// The first syntax error in `data`; if the scanner finds none, points at the start with a general reason.
    static func firstError(in data: Data) -> Fault {
        var scanner = Scanner(bytes: Array(data))
        if let fault = scanner.validateDocument() { return fault }
        return Fault(line: 1, column: 1, reason: "Foundation could not read it (check the text encoding)")
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func validateDocument() -> Fault? {
            skipWhitespace()
            if let fault = value(depth: 0) { return fault }
            skipWhitespace()
            if index < bytes.count { return fault("unexpected text after the end of the document") }
            return nil
        }

        func fault(_ reason: String) -> Fault {
            var line = 1, column = 1
            for byte in bytes[..<min(index, bytes.count)] {
                if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
            }
            return Fault(line: line, column: column, reason: reason)
        }

        mutating func skipWhitespace() {
            while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
        }

        mutating func value(depth: Int) -> Fault? {
            guard index < bytes.count else { return fault("the text ends where a value was expected (truncated file?)") }
            switch bytes[index] {
            case UInt8(ascii: "{"): return object(depth: depth + 1)
            case UInt8(ascii: "["): return array(depth: depth + 1)
            case UInt8(ascii: "\""): return string()
            case UInt8(ascii: "t"): return literal("true")
            case UInt8(ascii: "f"): return literal("false")
            case UInt8(ascii: "n"): return literal("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number()
            default:
                let character = bytes[index] < 0x80 ? "'\(Character(UnicodeScalar(bytes[index])))'" : "a non-ASCII byte"
                return fault("unexpected \(character) where a value was expected")
            }
        }

        mutating func literal(_ word: String) -> Fault? {
            for expected in word.utf8 {
                guard index < bytes.count, bytes[index] == expected else { return fault("invalid literal; expected '\(word)'") }
                index += 1
            }
            return nil
        }

        mutating func number() -> Fault? {
            let start = index
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            func digits() -> Int {
                let begin = index
                while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
                return index - begin
            }
            if digits() == 0 { return fault("invalid number") }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                if digits() == 0 { return fault("invalid number: digits expected after '.'") }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                if digits() == 0 { return fault("invalid number: digits expected in the exponent") }
            }
            return index > start ? nil : fault("invalid number")
        }

        mutating func string() -> Fault? {
            index += 1
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") { index += 1; return nil }
                if byte < 0x20 { return fault("control character inside a string (unescaped line break?)") }
                if byte == UInt8(ascii: "\\") {
                    index += 1
                    guard index < bytes.count else { break }
                    if !"\"\\/bfnrtu".utf8.contains(bytes[index]) { return fault("invalid escape sequence in a string") }
                }
                index += 1
            }
            return fault("the text ends inside a string (truncated file?)")
        }

        mutating func array(depth: Int) -> Fault? {
            index += 1
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return nil }
            while true {
                skipWhitespace()
                if let fault = value(depth: depth) { return fault }
                skipWhitespace()
                guard index < bytes.count else { return fault("the text ends inside an array (truncated file?)") }
                if bytes[index] == UInt8(ascii: "]") { index += 1; return nil }
                guard bytes[index] == UInt8(ascii: ",") else { return fault("expected ',' or ']' in an array") }
                index += 1
            }
        }

        mutating func object(depth: Int) -> Fault? {
            index += 1
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return nil }
            while true {
                skipWhitespace()
                guard index < bytes.count else { return fault("the text ends inside an object (truncated file?)") }
                guard bytes[index] == UInt8(ascii: "\"") else { return fault("expected a quoted member name") }
                if let fault = string() { return fault }
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return fault("expected ':' after a member name") }
                index += 1
                skipWhitespace()
                if let fault = value(depth: depth) { return fault }
                skipWhitespace()
                guard index < bytes.count else { return fault("the text ends inside an object (truncated file?)") }
                if bytes[index] == UInt8(ascii: "}") { index += 1; return nil }
                guard bytes[index] == UInt8(ascii: ",") else { return fault("expected ',' or '}' in an object") }
                index += 1
            }
        }
    }
}
