/// Line splitting and trimming of text taken from a spec (descriptions and summaries), in pure
/// Swift over UTF-8 bytes.
///
/// Each function gives exactly what its Foundation or `Character` counterpart gives (the tests compare them), but
/// without bridging to `NSString` or breaking the text into grapheme clusters, which dominated the generation of
/// documents with many descriptions. Line breaks are ASCII bytes and never part of a larger grapheme cluster, so
/// splitting bytes splits `Character`s the same way; a line that is not ASCII is trimmed by `Character`s.
enum PlainText {
    /// The lines of `text`, split at LF, CR LF and a lone CR (each ends one line; an empty line stays), like
    /// `text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }`.
    static func lines(_ text: String) -> [Substring] {
        var result: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let byte = utf8[index]
            guard byte == 0x0A || byte == 0x0D else {
                utf8.formIndex(after: &index)
                continue
            }
            result.append(text[start..<index])
            utf8.formIndex(after: &index)
            if byte == 0x0D, index != utf8.endIndex, utf8[index] == 0x0A { utf8.formIndex(after: &index) }
            start = index
        }
        result.append(text[start..<utf8.endIndex])
        return result
    }

    /// `line` without trailing spaces and tabs, like `line.trimmingTrailing { $0 == " " || $0 == "\t" }`.
    static func trimmingTrailingBlanks(_ line: Substring) -> Substring {
        guard isASCII(line) else { return line.trimmingTrailing { $0 == " " || $0 == "\t" } }
        var end = line.utf8.endIndex
        while end != line.utf8.startIndex {
            let before = line.utf8.index(before: end)
            let byte = line.utf8[before]
            guard byte == 0x20 || byte == 0x09 else { break }
            end = before
        }
        return line[line.startIndex..<end]
    }

    /// The first line of `text` that is not empty, without leading and trailing whitespace (`Character.isWhitespace`);
    /// empty when there is none. Like `text.split { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }.first`, trimmed.
    static func firstLine(_ text: String) -> String {
        guard let line = lines(text).first(where: { !$0.isEmpty }) else { return "" }
        guard isASCII(line) else { return String(line.drop { $0.isWhitespace }.trimmingTrailing { $0.isWhitespace }) }
        // ASCII whitespace as `Character.isWhitespace` sees it: tab, LF, VT, FF, CR and space.
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        var start = line.utf8.startIndex
        var end = line.utf8.endIndex
        while start != end, isBlank(line.utf8[start]) { line.utf8.formIndex(after: &start) }
        while end != start {
            let before = line.utf8.index(before: end)
            guard isBlank(line.utf8[before]) else { break }
            end = before
        }
        return String(line[start..<end])
    }

    /// `text` without leading and trailing whitespace and line breaks, like Foundation's
    /// `trimmingCharacters(in: .whitespacesAndNewlines)`: the scalars of general category Zs, tab, U+000A–U+000D,
    /// U+0085, U+200B (zero width space, which Foundation counts), U+2028 and U+2029.
    static func trimmingWhitespaceAndNewlines(_ text: String) -> String {
        let utf8 = text.utf8
        // Most texts start and end with a letter or punctuation: nothing to trim, no copy.
        if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80, !isASCIIWhitespaceOrNewline(first), !isASCIIWhitespaceOrNewline(last) {
            return text
        }
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start != end, isWhitespaceOrNewline(scalars[start]) { scalars.formIndex(after: &start) }
        while end != start {
            let before = scalars.index(before: end)
            guard isWhitespaceOrNewline(scalars[before]) else { break }
            end = before
        }
        return String(scalars[start..<end])
    }

    /// Whether `scalar` is in Foundation's `CharacterSet.whitespacesAndNewlines`.
    static func isWhitespaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0x200B, 0x2028, 0x2029: return true
        case 0..<0x80: return false
        default: return scalar.properties.generalCategory == .spaceSeparator
        }
    }

    private static func isASCIIWhitespaceOrNewline(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    private static func isASCII(_ text: Substring) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }
}
