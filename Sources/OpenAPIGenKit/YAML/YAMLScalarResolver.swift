/// Resolves the text of a scalar to a value with the YAML 1.2 core schema
/// (https://yaml.org/spec/1.2.2/#1032-tag-resolution): `null`, `~` and nothing are null; `true`/`false` (also
/// `True`, `TRUE`, …) are booleans; `12`, `-3`, `0x1F`, `0o17` are integers; `1.5`, `-2e3`, `.5` are numbers.
/// Everything else is a string: `yes`, `no`, `on`, `off`, `2024-01-01`, `1_000`, `12:30` stay text, where a
/// YAML 1.1 reader would turn them into booleans, dates or numbers.
///
/// One deliberate difference from the core schema: a decimal integer written with a leading zero (`0777`,
/// `007`) stays a string, because the core schema (777) and YAML 1.1 (511) disagree on its value and in API
/// descriptions such values are codes. `.inf` and `.nan` are refused: JSON has no such numbers.
enum YAMLScalarResolver {
    /// A number, boolean or null from the core schema, a string otherwise; nil for `.inf`/`.nan`.
    static func resolvePlain(_ text: String) -> JSONValue? {
        let original = text
        var text = text
        return text.withUTF8 { bytes -> JSONValue? in
            guard let first = bytes.first else { return .null }
            switch first {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
                if let number = number(bytes) { return number }
                if isInfinityOrNaN(bytes) { return nil }
                return .string(original)
            case UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "~"):
                return isNull(bytes) ? .null : .string(original)
            case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
                return bool(bytes).map(JSONValue.bool) ?? .string(original)
            default:
                return .string(original)
            }
        }
    }

    /// `~`, `null`, `Null`, `NULL`, or nothing.
    static func isNull(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.isEmpty || matches(bytes, ["~", "null", "Null", "NULL"])
    }

    /// The boolean `true`/`True`/`TRUE`/`false`/`False`/`FALSE` means.
    static func bool(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        if matches(bytes, ["true", "True", "TRUE"]) { return true }
        if matches(bytes, ["false", "False", "FALSE"]) { return false }
        return nil
    }

    /// `[-+]?\.(inf|Inf|INF)` or `\.(nan|NaN|NAN)`.
    static func isInfinityOrNaN(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let unsigned = bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") ? UnsafeBufferPointer(rebasing: bytes.dropFirst()) : bytes
        return matches(unsigned, [".inf", ".Inf", ".INF"]) || matches(bytes, [".nan", ".NaN", ".NAN"])
    }

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ words: [StaticString]) -> Bool {
        words.contains { word in
            word.utf8CodeUnitCount == bytes.count && word.withUTF8Buffer { $0.elementsEqual(bytes) }
        }
    }

    /// An integer (`.int`, or `.double` when it does not fit `Int`) or a float, by the core schema; nil otherwise.
    /// `leadingZeros` accepts `0777` as 777 (for an explicit `!!int`).
    static func number(_ bytes: UnsafeBufferPointer<UInt8>, leadingZeros: Bool = false) -> JSONValue? {
        if let integer = integer(bytes, leadingZeros: leadingZeros) { return integer }
        return float(bytes).map(JSONValue.double)
    }

    /// `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`.
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>, leadingZeros: Bool = false) -> JSONValue? {
        guard !bytes.isEmpty else { return nil }
        if bytes.count > 2, bytes[0] == UInt8(ascii: "0"), bytes[1] == UInt8(ascii: "o") || bytes[1] == UInt8(ascii: "x") {
            let radix = bytes[1] == UInt8(ascii: "o") ? 8 : 16
            guard let value = Int(String(decoding: UnsafeBufferPointer(rebasing: bytes.dropFirst(2)), as: UTF8.self), radix: radix) else { return nil }
            return .int(value)
        }
        var position = 0
        var negative = false
        if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
            negative = bytes[0] == UInt8(ascii: "-")
            position = 1
        }
        let digits = bytes.count - position
        guard digits > 0 else { return nil }
        if !leadingZeros, digits > 1, bytes[position] == UInt8(ascii: "0") { return nil }
        var value = 0
        var overflow = false
        while position < bytes.count {
            let byte = bytes[position]
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
            overflow = overflow || o1 || o2
            value = sum
            position += 1
        }
        if overflow { return Double(String(decoding: bytes, as: UTF8.self)).map(JSONValue.double) }
        return .int(value)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?` with a point or an exponent (digits alone are
    /// an integer, or a string when they start with a zero).
    static func float(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var position = 0
        func digits() -> Int {
            let start = position
            while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") { position += 1 }
            return position - start
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") || bytes[position] == UInt8(ascii: "+") { position += 1 }
        let whole = digits()
        var fraction = 0
        var hasPoint = false
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            hasPoint = true
            position += 1
            fraction = digits()
            if whole == 0, fraction == 0 { return nil }
        } else if whole == 0 {
            return nil
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "-") || bytes[position] == UInt8(ascii: "+") { position += 1 }
            guard digits() > 0 else { return nil }
        } else if !hasPoint {
            return nil
        }
        guard position == bytes.count else { return nil }
        return Double(String(decoding: bytes, as: UTF8.self))
    }
}
