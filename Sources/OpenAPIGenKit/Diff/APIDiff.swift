/// Compares two lowered APIs — the generated client's surface, not the JSON — and lists what changed for a
/// Swift caller, breaking changes first (`openapi-gen diff OLD NEW`). Each change names the Swift declaration,
/// what the spec calls it, and the JSON pointer of the node: in the old document for what was removed, in the
/// new one otherwise.
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

    /// `changes` with the file, the pointer inside it, line and column of each pointer, found in the source map of
    /// its side (one scan per file). Changes whose side has no map keep their merged-document pointer only.
    public static func locate(_ changes: [APIChange], old: SpecSourceMap?, new: SpecSourceMap?) -> [APIChange] {
        var wanted: [APIChange.Side: Set<JSONPointer>] = [:]
        for change in changes {
            if let pointer = change.pointer { wanted[change.side, default: []].insert(pointer) }
        }
        let found: [APIChange.Side: [JSONPointer: SpecLocation]] = [
            .old: old?.locate(wanted[.old] ?? []) ?? [:],
            .new: new?.locate(wanted[.new] ?? []) ?? [:],
        ]
        return changes.map { change in
            var copy = change
            if let pointer = change.pointer { copy.location = found[change.side]?[pointer] }
            return copy
        }
    }
}
