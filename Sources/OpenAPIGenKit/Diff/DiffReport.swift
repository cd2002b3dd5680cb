/// The text `openapi-gen diff` prints: one line per change (`plain`), or a Markdown table for a pull-request
/// comment (`markdown`). Both end with the same one-line count.
public enum DiffReport {
    /// The formats of `--format`.
    public enum Format: String, Hashable, Sendable, CaseIterable {
        case plain, markdown
    }

    /// The report of `changes` in `format`; `old` and `new` name the two specs in the Markdown heading.
    public static func render(_ changes: [APIChange], format: Format, old: String, new: String) -> String {
        switch format {
        case .plain: return plain(changes)
        case .markdown: return markdown(changes, old: old, new: new)
        }
    }

    /// `4 breaking, 1 additive change`.
    public static func summary(_ changes: [APIChange]) -> String {
        let breaking = changes.filter { $0.impact == .breaking }.count
        let additive = changes.count - breaking
        return "\(breaking) breaking, \(additive) additive change\(additive == 1 ? "" : "s")"
    }

    /// One line per change (`APIChange.description`), then the count.
    public static func plain(_ changes: [APIChange]) -> String {
        (changes.map(\.description) + [summary(changes)]).joined(separator: "\n") + "\n"
    }

    /// A one-line heading with the count, then a table: impact, Swift declaration, change, spec name, JSON pointer
    /// and the file position. Every cell is escaped, so names from the spec cannot break the table.
    public static func markdown(_ changes: [APIChange], old: String, new: String) -> String {
        var lines = ["**openapi-gen diff** \(MarkdownText.code(old)) → \(MarkdownText.code(new)): \(summary(changes))"]
        guard !changes.isEmpty else { return lines[0] + "\n" }
        lines.append("")
        lines.append("| Impact | Swift declaration | Change | Spec | JSON pointer | File |")
        lines.append("| --- | --- | --- | --- | --- | --- |")
        for change in changes {
            let cells = [
                change.impact == .breaking ? "**breaking**" : "additive",
                MarkdownText.code(change.subject),
                MarkdownText.text(change.message),
                MarkdownText.text(change.specName),
                change.printedPointer.map(MarkdownText.code) ?? "",
                change.location.map { MarkdownText.code($0.position) } ?? "",
            ]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
