/// Declares structurally identical nested types once: every other copy becomes a `typealias` to it, in place.
///
/// `TypeDeduplication` merges whole top-level types. Large documents also repeat inline schemas *inside* different
/// owners: Stripe writes `anyOf: [string, enum: [""]]` in hundreds of request bodies and one 900-value category
/// list in 18 of them, each a nested enum with its own coding, equality and hashing code, and together more than a
/// quarter of the client. Here the first copy (by `rank`) keeps its declaration and every other copy becomes
/// `typealias Variant2 = PostCustomersRequest.Tax.Variant2` where it was declared, so every qualified name the
/// caller can write stays valid and means an identical type.
///
/// Declarations are compared bottom-up with interned keys (a declaration's own text plus its nested types' keys),
/// so each declaration is hashed once per round whatever its depth. Two declarations are identical when they
/// differ only in their own name, doc comments and document positions: references to themselves and to their own
/// nested types compare equal, and references to types already merged compare by the type that stays, so a later
/// round merges owners that differed only in which copy they referred to.
///
/// Top-level declarations take part as the type that stays (preferred over nested copies) but are never replaced
/// here. A copy is not replaced when the name that its alias would start with is declared by a type around it
/// (Swift would find that type instead), and a type that stays is never inside a replaced one, so no alias leads
/// through another alias back to itself.
enum NestedTypeDeduplication {
    /// Rounds of merging; the later rounds only merge owners whose members referred to copies merged before.
    static let maximumRounds = 4

    /// `model` with repeated nested types declared once. Only `types` changes (`Pipeline.mergedAndEmitted` prints
    /// `Client.swift` from the model before this stage).
    /// `renormalisingEveryRound` (for tests) normalises every declaration in every round instead of only those
    /// that mention a name merged in the round before.
    static func apply(to model: APIModel, renormalisingEveryRound: Bool = false) -> APIModel {
        var forest = NestedTypeForest(model.types)
        guard forest.hasNestedTypes else { return model }
        var canonical = forest.existingAliases
        for _ in 0..<maximumRounds {
            if forest.mergeRound(canonical: &canonical, renormalisingAll: renormalisingEveryRound) == 0 { break }
        }
        guard forest.hasMerged else { return model }
        var copy = model
        copy.types = forest.rebuilt(model.types)
        return copy
    }

    /// `name` with its longest prefix (at a `.`) that `canonical` maps replaced by what that prefix stands for.
    static func canonicalName(_ name: String, _ canonical: [String: String]) -> String {
        guard !canonical.isEmpty else { return name }
        var end = name.endIndex
        while true {
            let prefix = String(name[..<end])
            if canonical[prefix] != nil { return TypeDeduplication.resolve(prefix, canonical) + name[end...] }
            guard let dot = name[..<end].lastIndex(of: ".") else { return name }
            end = dot
        }
    }
}
