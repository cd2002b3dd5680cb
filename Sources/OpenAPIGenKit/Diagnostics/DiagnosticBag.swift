/// The diagnostics a stage collects. Stages append and go on; the pipeline stops after a stage that
/// reported an error, never at the first one. Each stage owns its bag; there is no shared state.
public struct DiagnosticBag: Hashable, Sendable {
    /// Every finding so far, in the order reported (duplicates dropped).
    public private(set) var all: [Diagnostic] = []
    private var seen: Set<Diagnostic> = []

    /// Creates an empty bag.
    public init() {}

    /// Adds a finding unless the same one is already there.
    public mutating func append(_ diagnostic: Diagnostic) {
        if seen.insert(diagnostic).inserted { all.append(diagnostic) }
    }

    /// Adds every finding of another bag.
    public mutating func append(contentsOf other: DiagnosticBag) {
        other.all.forEach { append($0) }
    }

    /// Whether any finding is an error.
    public var hasErrors: Bool {
        all.contains { $0.severity == .error }
    }

    /// The findings sorted by file and position.
    public var sorted: [Diagnostic] {
        all.sorted()
    }
}
