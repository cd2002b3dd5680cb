/// Compares two lowered APIs — the generated client's surface, not the JSON — and lists what changed for a
/// Swift caller, breaking changes first (`openapi-gen diff OLD NEW`).
///
/// Endpoints are matched by method name and types by Swift name (nested types by their qualified name), so a
/// renamed `operationId` or schema shows as one removal and one addition, as it does for the caller.
public enum APIDiff {
    /// The changes from `old` to `new`, sorted: breaking first.
    public static func compare(old: APIModel, new: APIModel) -> [APIChange] {
        var counters = AnalysisCounters()
        return compare(old: old, new: new, counters: &counters)
    }

    /// The changes from `old` to `new`, counting every endpoint, declaration and member compared in `counters`.
    /// Members are matched by name through dictionaries and sets, so the work grows linearly with the APIs.
    public static func compare(old: APIModel, new: APIModel, counters: inout AnalysisCounters) -> [APIChange] {
        var changes = EndpointDiff.compare(old.endpoints, new.endpoints, counters: &counters)
        changes += TypeDiff.compare(old.types.byQualifiedName, new.types.byQualifiedName, counters: &counters)
        return changes.sorted()
    }
}
