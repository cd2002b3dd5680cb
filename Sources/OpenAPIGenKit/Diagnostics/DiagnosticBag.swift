/// The diagnostics a stage collects. Stages append and go on; the pipeline stops after a stage that
/// reported an error, never at the first one. Each stage owns its bag; there is no shared state.
public struct DiagnosticBag: Hashable, Sendable {
    /// Every finding so far, in the order reported (duplicates dropped).
    public private(set) var all: [Diagnostic] = []
    private var seen: Set<Diagnostic> = []
    /// Whether lenient warnings are added as errors (strict mode); see `Leniency`.
    public var isStrict = false

    /// Creates an empty bag; a strict bag turns lenient warnings into errors as they are added.
    public init(strict: Bool = false) {
        isStrict = strict
    }

    /// Adds a finding unless the same one is already there.
    public mutating func append(_ diagnostic: Diagnostic) {
        let added = isStrict ? diagnostic.strict : diagnostic
        if seen.insert(added).inserted { all.append(added) }
    }

    /// Adds every finding of another bag.
    public mutating func append(contentsOf other: DiagnosticBag) {
        other.all.forEach { append($0) }
    }

    /// Whether any finding is an error.
    public var hasErrors: Bool {
        all.contains { $0.severity == .error }
    }

    /// Whether later stages must not run: an error other than a lenient reading that strict mode refused. Those
    /// still have a safe reading, so the pipeline goes on and reports every refused reading in one run, and
    /// writes nothing at the end.
    public var blocksLaterStages: Bool {
        all.contains { $0.severity == .error && $0.leniency == nil }
    }

    /// The findings sorted by file and position.
    public var sorted: [Diagnostic] {
        all.sorted()
    }
}
