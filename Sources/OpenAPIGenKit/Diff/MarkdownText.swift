/// Text from a spec placed in a cell of a GitHub Markdown table, escaped so that it shows as written: no `|`
/// ends the cell, no backtick, `*`, `_`, `<` or `$` starts code, emphasis, HTML or math, and no line break
/// ends the row.
enum MarkdownText {
    /// Plain text with every character Markdown could read as syntax backslash-escaped.
    static func text(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in oneLine(text) {
            if specials.contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// A code span: fenced with one more backtick than the longest run inside, padded with a space when the text
    /// starts or ends with a backtick or space, and with `|` escaped (GitHub splits table cells before it reads
    /// code spans, and removes the backslash again).
    static func code(_ text: String) -> String {
        let content = oneLine(text)
        var longest = 0, run = 0
        for character in content {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = content.hasPrefix("`") || content.hasSuffix("`") || content.hasPrefix(" ") || content.hasSuffix(" ") ? " " : ""
        var escaped = ""
        for character in content {
            if character == "|" { escaped.append("\\") }
            escaped.append(character)
        }
        return fence + pad + escaped + pad + fence
    }

    /// ASCII punctuation that Markdown, GitHub's table, strikethrough and math syntax give a meaning.
    private static let specials: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "$", "&", "#", "!"]

    /// Line breaks and other control characters become spaces: a table row is one line.
    private static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" ? " " : $0 }))
    }
}
