/// `lines` (trimmed, as `trimmedLines` gives them) with every list `ParameterListLayout` spread over several lines
/// joined back into one line, `f(a: A, b: B) -> R {`: for tests that check a signature's content, not its layout.
func joiningParameterLists(_ lines: [String]) -> [String] {
    var result: [String] = []
    var index = 0
    while index < lines.count {
        let line = lines[index]
        if line.hasSuffix("("), !line.hasPrefix("///"), let close = lines[(index + 1)...].firstIndex(where: { $0.hasPrefix(")") }) {
            result.append(line + lines[(index + 1)..<close].joined(separator: " ") + lines[close])
            index = close + 1
        } else {
            result.append(line)
            index += 1
        }
    }
    return result
}
