/// Marks the `oneOf` cases (without a discriminator) whose payload is a generated struct that keeps only the keys
/// it declares, so that decoding can tell a variant that fits the object from one that merely decodes it.
///
/// Tried in order, the first variant whose properties are all optional decodes any object, and silently drops
/// the keys that only a later variant declares (Twilio's `us_app_to_person` and `us_app_to_person_v2`). With
/// `checksKeys`, the generated decoder takes the first variant that decodes and declares every key of the object,
/// and falls back to the first that decodes at all.
enum OneOfKeyCoverage {
    /// `types` with `checksKeys` set on those cases; every declaration and case visited is counted.
    static func apply(_ types: [TypeDecl], counters: inout AnalysisCounters) -> [TypeDecl] {
        // Tuples are JSON arrays: they have no keys to compare with an object's.
        let kinds = types.byQualifiedName.filter { !$0.value.isTuple }.mapValues(\.kind)
        let marked = types.map { mark($0, kinds: kinds, counters: &counters) }
        var payloads: Set<String> = []
        collectPayloads(marked, into: &payloads)
        return marked.map { exposeKeys($0, of: payloads, prefix: nil) }
    }

    /// The names of the structs that a marked case carries.
    private static func collectPayloads(_ types: [TypeDecl], into names: inout Set<String>) {
        for decl in types {
            if case .oneOf(let oneOf) = decl.kind {
                for variant in oneOf.cases where variant.checksKeys {
                    if case .named(let name) = variant.type { names.insert(name) }
                }
            }
            collectPayloads(decl.nested, into: &names)
        }
    }

    /// Sets `declaresCodingKeys` on the structs in `payloads`.
    private static func exposeKeys(_ decl: TypeDecl, of payloads: Set<String>, prefix: String?) -> TypeDecl {
        let name = prefix.map { "\($0).\(decl.name)" } ?? decl.name
        var copy = decl
        if payloads.contains(name) { copy.declaresCodingKeys = true }
        copy.nested = decl.nested.map { exposeKeys($0, of: payloads, prefix: name) }
        return copy
    }

    private static func mark(_ decl: TypeDecl, kinds: [String: TypeDecl.Kind], counters: inout AnalysisCounters) -> TypeDecl {
        counters.count(.keyCoverage)
        var copy = decl
        if case .oneOf(var oneOf) = decl.kind, oneOf.discriminator == nil, oneOf.cases.count > 1 {
            for index in oneOf.cases.indices {
                counters.count(.keyCoverage)
                oneOf.cases[index].checksKeys = isClosedStruct(oneOf.cases[index].type, kinds: kinds)
            }
            copy.kind = .oneOf(oneOf)
        }
        copy.nested = decl.nested.map { mark($0, kinds: kinds, counters: &counters) }
        return copy
    }

    /// Whether `type` names a generated struct (itself, not through a typealias) without `additionalProperties`.
    private static func isClosedStruct(_ type: TypeRef, kinds: [String: TypeDecl.Kind]) -> Bool {
        guard case .named(let name) = type, case .structure(let properties)? = kinds[name] else { return false }
        return !properties.contains { $0.isAdditionalProperties }
    }
}
