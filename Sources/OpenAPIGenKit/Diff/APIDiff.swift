/// Compares two lowered APIs — the generated client's surface, not the JSON — and lists what changed for a
/// Swift caller, breaking changes first (`openapi-gen diff OLD NEW`).
///
/// Endpoints are matched by method name and types by Swift name (nested types by their qualified name), so a
/// renamed `operationId` or schema shows as one removal and one addition, as it does for the caller.
public enum APIDiff {
    /// The changes from `old` to `new`, sorted: breaking first.
    public static func compare(old: APIModel, new: APIModel) -> [APIChange] {
        var changes = EndpointDiff.compare(old.endpoints, new.endpoints)
        changes += TypeDiff.compare(flatten(old.types), flatten(new.types))
        return changes.sorted()
    }

    /// Every declaration with its qualified name (`Outer.Inner`), nested ones included.
    static func flatten(_ types: [TypeDecl], prefix: String = "") -> [String: TypeDecl] {
        var result: [String: TypeDecl] = [:]
        for decl in types {
            let name = prefix + decl.name
            result[name] = decl
            result.merge(flatten(decl.nested, prefix: name + "."), uniquingKeysWith: { first, _ in first })
        }
        return result
    }
}
