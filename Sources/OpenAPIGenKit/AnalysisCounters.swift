/// How much work the walks over the schema graph did in one run: for each analysis, how many schemas (or
/// declarations, or edges between them) it visited.
///
/// Every analysis is memoised per schema and finds cycles by marking, so each count grows linearly with the
/// document; the scale tests read these counts, which (unlike timings) do not depend on the machine. Each stage
/// adds to its own value, which the pipeline returns in `GenerationResult.counters`; nothing is global.
public struct AnalysisCounters: Hashable, Sendable {
    /// The analyses that are counted.
    public enum Analysis: String, CaseIterable, Hashable, Sendable {
        /// `RefResolver`: schemas normalized (references followed, nested schemas visited).
        case references
        /// `allOf` parts merged, and component schemas whose merged form was looked up.
        case allOf
        /// Components checked for loops of plain aliases (`A: {$ref: B}`, `B: {$ref: A}`).
        case aliasLoops
        /// Schemas the lowering turned into Swift types (`typeRef`).
        case lowering
        /// Schemas visited to decide whether a value may be null.
        case nullability
        /// Steps taken to find the concrete schema behind references and decorators.
        case concreteSchemas
        /// Schemas visited to find a property's `default`.
        case defaults
        /// Declarations and edges visited to find cycles of value types.
        case recursion
        /// Declarations and edges visited to bound the inline size of values.
        case inlineWeight
        /// Declarations and `oneOf` cases visited to mark key-checking variants.
        case keyCoverage
        /// Candidate names tried to make a name unique.
        case names
        /// Declarations, members and endpoints compared by `APIDiff`.
        case diff
    }

    /// The visits of each analysis; an analysis that visited nothing is absent.
    public private(set) var visits: [Analysis: Int] = [:]

    /// No visits yet.
    public init() {}

    /// The visits of `analysis` (0 when none).
    public subscript(_ analysis: Analysis) -> Int {
        visits[analysis] ?? 0
    }

    /// Adds `count` visits to `analysis`.
    public mutating func count(_ analysis: Analysis, _ count: Int = 1) {
        visits[analysis, default: 0] += count
    }

    /// Adds every count of `other`.
    public mutating func add(_ other: AnalysisCounters) {
        for (analysis, count) in other.visits { visits[analysis, default: 0] += count }
    }

    /// The visits of every analysis together.
    public var total: Int {
        visits.values.reduce(0, +)
    }
}
