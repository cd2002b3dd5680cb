/// How the command line shows the diagnostics of one run, so that many warnings of one kind do not drown the
/// rest: every error and every other warning is shown; lenient warnings (`Leniency`) are shown up to
/// `limitPerKind` per kind, in file and position order, followed by one note per kind that was cut; and a
/// one-line summary counts the warnings by kind (in strict mode, a line before it counts the errors the same way):
///
/// ```
/// api.json:12:5: warning: the example does not match the schema (expected an integer, found "ten"); dropped [#/…]
/// …
/// note: 70 more warnings of the kind 'example not matching its schema' are not shown; --verbose shows every warning
/// warning summary: 80 × example not matching its schema, 3 × duplicate operationId, 1 × other (84 warnings)
/// ```
public enum DiagnosticReport {
    /// How many lenient warnings of one kind are shown without `--verbose`.
    public static let defaultLimitPerKind = 10

    /// The lines to print for `diagnostics` (already sorted); `limitPerKind` nil shows everything.
    public static func lines(_ diagnostics: [Diagnostic], limitPerKind: Int? = defaultLimitPerKind) -> [String] {
        var shown: [Leniency: Int] = [:]
        var hidden: [Leniency: Int] = [:]
        var lines: [String] = []
        for diagnostic in diagnostics {
            if diagnostic.severity == .warning, let kind = diagnostic.leniency, let limit = limitPerKind {
                guard shown[kind, default: 0] < limit else {
                    hidden[kind, default: 0] += 1
                    continue
                }
                shown[kind, default: 0] += 1
            }
            lines.append(diagnostic.description)
        }
        for kind in hidden.keys.sorted() {
            let count = hidden[kind] ?? 0
            lines.append("note: \(count) more warning\(count == 1 ? "" : "s") of the kind '\(kind.summary)' \(count == 1 ? "is" : "are") not shown; --verbose shows every warning")
        }
        lines += [strictSummary(diagnostics), summary(diagnostics)].compactMap { $0 }
        return lines
    }

    /// `warning summary: 12 × undeclared security scheme, 3 × duplicate operationId, 2 × other (17 warnings)`:
    /// lenient kinds by count (most first, then in `Leniency` order), other warnings last; nil without warnings.
    /// In strict mode, where lenient readings are errors, `error summary: …` counts those errors the same way.
    public static func summary(_ diagnostics: [Diagnostic]) -> String? {
        summary(of: .warning, in: diagnostics)
    }

    /// `error summary: 3 × duplicate operationId (3 errors)`, when strict mode refused a lenient reading.
    public static func strictSummary(_ diagnostics: [Diagnostic]) -> String? {
        guard diagnostics.contains(where: { $0.severity == .error && $0.leniency != nil }) else { return nil }
        return summary(of: .error, in: diagnostics)
    }

    private static func summary(of severity: Diagnostic.Severity, in diagnostics: [Diagnostic]) -> String? {
        let found = diagnostics.filter { $0.severity == severity }
        guard !found.isEmpty else { return nil }
        var counts: [Leniency: Int] = [:]
        for kind in found.compactMap(\.leniency) { counts[kind, default: 0] += 1 }
        var parts = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { "\($0.value) × \($0.key.summary)" }
        let others = found.count - counts.values.reduce(0, +)
        if others > 0 { parts.append("\(others) × other") }
        let noun = severity.rawValue + (found.count == 1 ? "" : "s")
        return "\(severity.rawValue) summary: \(parts.joined(separator: ", ")) (\(found.count) \(noun))"
    }
}
