/// Compares two lowered APIs — the generated client's surface, not the JSON — and lists what changed for a
/// Swift caller, breaking changes first (`openapi-gen diff OLD NEW`).
///
/// Endpoints are matched by method name and types by Swift name (nested types by their qualified name), so a
/// renamed `operationId` or schema shows as one removal and one addition, as it does for the caller.
public enum APIDiff {
    /// The changes from `old` to `new`, sorted: breaking first.
    public static func compare(old: APIModel, new: APIModel) -> [APIChange] {
        var changes = EndpointDiff.compare(old.endpoints, new.endpoints)
        changes += TypeDiff.compare(old.types.byQualifiedName, new.types.byQualifiedName)
        return changes.sorted()
    }
}
