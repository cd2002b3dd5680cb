/// Turns names from a spec into legal, idiomatic Swift identifiers.
///
/// Words are split at non-alphanumerics and at case changes (`created_at`, `createdAt` and `CreatedAt` all
/// give the words `created`, `at`). Types are UpperCamelCase, members lowerCamelCase; a name that is all
/// capitals with separators (`ALL_CAPS`) is treated as words; a capital run inside mixed case is an acronym
/// (`HTTPStatus`), and a single all-capitals word keeps its spelling in type names (`URL`).
/// A leading digit gets an underscore. Keywords are escaped where they are used (`escaped(_:)`).
public enum SwiftName {
    /// An UpperCamelCase type name, never empty and never a reserved type name.
    public static func typeName(_ raw: String) -> String {
        var name = camelCased(words(raw), lowerFirst: false)
        if name.isEmpty { name = "Empty" }
        if name.first?.isNumber == true { name = "_" + name }
        if SwiftKeywords.reserved.contains(name) || SwiftKeywords.unusableMembers.contains(name) { name = "_" + name }
        return name
    }

    /// A lowerCamelCase member name (property, parameter, method or enum case), never empty.
    /// The result may be a keyword: write it with `escaped(_:)` at bare-identifier positions.
    public static func memberName(_ raw: String) -> String {
        let parts = words(raw)
        guard !parts.isEmpty else { return "empty" }
        var name = camelCased(parts, lowerFirst: true)
        if name.first?.isNumber == true { name = "_" + name }
        if SwiftKeywords.unusableMembers.contains(name) { name = "_" + name }
        return name
    }

    /// `name` in backticks when it is a keyword; use at every bare-identifier position, not after a dot.
    public static func escaped(_ name: String) -> String {
        SwiftKeywords.reserved.contains(name) ? "`\(name)`" : name
    }

    /// `candidate`, or `candidate2`, `candidate3`, … — the first in neither `taken` nor `avoiding`; `taken` then
    /// holds it.
    public static func unique(_ candidate: String, in taken: inout Set<String>, avoiding: Set<String> = []) -> String {
        var name = candidate
        var counter = 2
        while taken.contains(name) || avoiding.contains(name) {
            name = "\(candidate)\(counter)"
            counter += 1
        }
        taken.insert(name)
        return name
    }

    /// The words of `raw`. Characters that cannot be in an identifier separate words; in a name without letters
    /// they are spelled out instead (`SymbolNames`: `+1` is `plus`, `1`).
    static func words(_ raw: String) -> [String] {
        if raw.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = Array(raw.utf8)
            let hasLetter = bytes.contains { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
            return hasLetter ? asciiWords(bytes) : SymbolNames.words(raw)
        }
        return SymbolNames.applies(to: raw) ? SymbolNames.words(raw) : unicodeWords(raw)
    }

    /// `words(_:)` for ASCII text, on bytes: the same rules as `unicodeWords(_:)`, without Unicode property
    /// lookups (names are nearly always ASCII, and this runs for every name in a document).
    static func asciiWords(_ bytes: [UInt8]) -> [String] {
        func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
        func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        func isWordByte(_ byte: UInt8) -> Bool { isUpper(byte) || isLower(byte) || isDigit(byte) }
        let screaming = !bytes.contains(where: isLower) && !bytes.allSatisfy(isWordByte)
        var result: [String] = []
        var start: Int?
        func flush(_ end: Int) {
            guard let first = start else { return }
            let word = String(decoding: bytes[first..<end], as: UTF8.self)
            result.append(screaming ? word.lowercased() : word)
            start = nil
        }
        for index in bytes.indices {
            let byte = bytes[index]
            guard isWordByte(byte) else {
                flush(index)
                continue
            }
            if start != nil, !screaming {
                let previous = bytes[index - 1]
                let nextIsLower = index + 1 < bytes.count && isLower(bytes[index + 1])
                let lowerToUpper = (isLower(previous) || isDigit(previous)) && isUpper(byte)
                let acronymEnd = isUpper(previous) && isUpper(byte) && nextIsLower
                if lowerToUpper || acronymEnd { flush(index) }
            }
            if start == nil { start = index }
        }
        flush(bytes.count)
        return result
    }

    /// `words(_:)` for any text, on characters.
    static func unicodeWords(_ raw: String) -> [String] {
        let screaming = !raw.contains { $0.isLowercase } && raw.contains { !($0.isLetter || $0.isNumber) }
        var result: [String] = []
        var current = ""
        let characters = Array(raw)
        for (index, character) in characters.enumerated() {
            guard character.isLetter || character.isNumber, character.isASCII || character.isLetter else {
                if !current.isEmpty { result.append(current) }
                current = ""
                continue
            }
            if !current.isEmpty, !screaming, let previous = current.last {
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                let lowerToUpper = (previous.isLowercase || previous.isNumber) && character.isUppercase
                let acronymEnd = previous.isUppercase && character.isUppercase && (next?.isLowercase ?? false)
                if lowerToUpper || acronymEnd {
                    result.append(current)
                    current = ""
                }
            }
            current.append(character)
        }
        if !current.isEmpty { result.append(current) }
        return screaming ? result.map { $0.lowercased() } : result
    }

    /// The words joined in camel case: each word capitalised, except with `lowerFirst` the first, which is
    /// lowercased whole when it has no lowercase letter (`ID`, `URL2`) and only at its first letter otherwise.
    /// ASCII words are joined on bytes into one new string; others by `Character` (`characterCamelCased`).
    static func camelCased(_ parts: [String], lowerFirst: Bool) -> String {
        guard parts.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) else { return characterCamelCased(parts, lowerFirst: lowerFirst) }
        let count = parts.reduce(0) { $0 + $1.utf8.count }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var end = 0
            for (index, part) in parts.enumerated() {
                let lowerWhole = lowerFirst && index == 0 && !part.utf8.contains { $0 >= 0x61 && $0 <= 0x7A }
                for (position, byte) in part.utf8.enumerated() {
                    let isUpper = byte >= 0x41 && byte <= 0x5A, isLower = byte >= 0x61 && byte <= 0x7A
                    if lowerWhole || (position == 0 && lowerFirst && index == 0) {
                        buffer[end] = isUpper ? byte + 0x20 : byte
                    } else if position == 0 {
                        buffer[end] = isLower ? byte - 0x20 : byte
                    } else {
                        buffer[end] = byte
                    }
                    end += 1
                }
            }
            return end
        }
    }

    /// `camelCased(_:lowerFirst:)` for words of any text, by `Character` with Unicode case mapping.
    static func characterCamelCased(_ parts: [String], lowerFirst: Bool) -> String {
        guard lowerFirst, let first = parts.first else { return parts.map(capitalized).joined() }
        return (first.allSatisfy { !$0.isLowercase } ? first.lowercased() : lowercasedFirst(first)) + parts.dropFirst().map(capitalized).joined()
    }

    private static func capitalized(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }

    private static func lowercasedFirst(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.lowercased() + word.dropFirst()
    }
}
