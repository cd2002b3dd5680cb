/// Declares structurally identical inline types once: every other copy becomes a `typealias` to it.
///
/// Real documents repeat the same inline schema many times (Linode's API spells one error body out in 390
/// responses, and one `apiVersion` enum in 390 path parameters); each copy used to become its own struct with its
/// own `Codable` and `Hashable` code, which is most of the compile time of such a client. Names do not change:
/// `DeleteClientError` stays a valid type name (now `typealias DeleteClientError = DeleteAgError`), and nested
/// types stay reachable through it (`DeleteClientError.ErrorsItem`), so callers see the same API.
///
/// Only top-level types that come from inline schemas are replaced; component schemas keep their declarations
/// and are preferred as the canonical declaration of a group. Doc comments are not part of the comparison (an
/// alias keeps its own). Two declarations are identical when they differ only in their own name: references to
/// themselves and to their nested types compare equal, and references to types already found identical compare
/// by the canonical name, so a second round merges types that differed only in which copy they referenced.
enum TypeDeduplication {
    /// Rounds of merging. Each round after the first only merges types whose members referred to copies merged in
    /// the round before; every corpus document settles in the first (the second finds nothing more). This bounds an
    /// optimisation, not correctness: types left unmerged are still declared correctly.
    static let maximumRounds = 8

    /// `model` with repeated inline types declared once. Only `types` changes (`Pipeline.mergedAndEmitted` prints
    /// `Client.swift` from the model before this stage).
    ///
    /// A declaration's shape depends on `canonical` only through the names it looks up there, so a round after the
    /// first computes again only the shapes of declarations that mention a name merged in the round before; the
    /// others are the same as they were (the rounds' groups, and so the result, are those of computing them all).
    /// `recomputingEveryShape` (for tests) computes every shape in every round instead.
    static func apply(to model: APIModel, recomputingEveryShape: Bool = false) -> APIModel {
        var canonical: [String: String] = [:]
        var shapes: [Shape?] = Array(repeating: nil, count: model.types.count)
        var mentioned: [[String]] = Array(repeating: [], count: model.types.count)
        var mergedLastRound: Set<String> = []
        for _ in 0..<maximumRounds {
            var groups: [Shape: [TypeDecl]] = [:]
            groups.reserveCapacity(model.types.count)
            for (index, decl) in model.types.enumerated() where canonical[decl.name] == nil {
                if case .alias = decl.kind { continue }
                // No shape yet (the first round), or one that may have changed.
                if recomputingEveryShape || shapes[index] == nil || mentioned[index].contains(where: mergedLastRound.contains) {
                    var names: [String] = []
                    shapes[index] = Shape(decl, canonical: canonical, mentioning: &names)
                    mentioned[index] = names
                }
                guard let shape = shapes[index] else { continue }
                groups[shape, default: []].append(decl)
            }
            mergedLastRound = []
            for members in groups.values where members.count > 1 {
                let keeper = members.min { rank($0) < rank($1) } ?? members[0]
                for decl in members where decl.name != keeper.name && !isComponent(decl) {
                    canonical[decl.name] = keeper.name
                    mergedLastRound.insert(decl.name)
                }
            }
            if mergedLastRound.isEmpty { break }
        }
        guard !canonical.isEmpty else { return model }
        var copy = model
        copy.types = model.types.map { decl in
            guard let target = canonical[decl.name] else { return decl }
            var alias = TypeDecl(name: decl.name, doc: decl.doc, origin: decl.origin, kind: .alias(.named(resolve(target, canonical))))
            alias.deprecated = decl.deprecated
            return alias
        }
        return copy
    }

    /// The end of a chain of merges (a keeper of one round may be merged into another keeper in a later round), or
    /// of typealiases; a loop ends where it closes.
    static func resolve(_ name: String, _ canonical: [String: String]) -> String {
        var current = name
        var seen: Set<String> = [name]
        while let next = canonical[current], seen.insert(next).inserted { current = next }
        return current
    }

    /// Components first, then by name: the declaration that stays.
    private static func rank(_ decl: TypeDecl) -> (Int, String) {
        (isComponent(decl) ? 0 : 1, decl.name)
    }

    /// Whether the declaration is a schema of `components/schemas` (named by the document's authors).
    static func isComponent(_ decl: TypeDecl) -> Bool {
        decl.origin.tokens.count == 3 && decl.origin.tokens[0] == "components" && decl.origin.tokens[1] == "schemas"
    }

    /// A declaration with its own name, doc comments and origin taken out, and type references normalised.
    /// Its hash is computed once: a dictionary of shapes rehashes its keys as it grows, and hashing a whole
    /// declaration tree again each time was most of this stage's cost on large documents.
    struct Shape: Hashable {
        private let decl: TypeDecl
        private let hash: Int

        static func == (lhs: Shape, rhs: Shape) -> Bool {
            lhs.hash == rhs.hash && lhs.decl == rhs.decl
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(hash)
        }

        init(_ decl: TypeDecl, canonical: [String: String]) {
            var names: [String] = []
            self.init(decl, canonical: canonical, mentioning: &names)
        }

        /// The shape of `decl`; `names` gets every name looked up in `canonical` (what the shape depends on).
        init(_ decl: TypeDecl, canonical: [String: String], mentioning names: inout [String]) {
            let selfName = decl.name
            var looked: [String] = []
            func normalise(_ type: TypeRef) -> TypeRef {
                switch type {
                case .named(let name):
                    let dot = name.firstIndex(of: ".")
                    let head = dot.map { String(name[..<$0]) } ?? name
                    let tail = dot.map { String(name[$0...]) } ?? ""
                    if head == selfName { return .named("\u{0}" + tail) }
                    looked.append(head)
                    if let target = canonical[head] { return .named(target + tail) }
                    return type
                case .array(let element): return .array(normalise(element))
                case .dictionary(let value): return .dictionary(normalise(value))
                case .optional(let wrapped): return .optional(normalise(wrapped))
                // `OpenAPINullable<T>` is compared as written, as when it was spelled as a name: normalising inside it
                // would merge more types and change the output.
                case .explicitNull: return type
                default: return type
                }
            }
            func strip(_ decl: TypeDecl, top: Bool) -> TypeDecl {
                var copy = decl
                if top { copy.name = "" }
                copy.doc = nil
                copy.origin = .root
                copy.kind = Self.comparable(decl.kind, normalise)
                copy.nested = decl.nested.map { strip($0, top: false) }
                return copy
            }
            let stripped = strip(decl, top: true)
            self.decl = stripped
            self.hash = stripped.hashValue
            names = looked
        }

        /// `kind` as deduplication compares it: without the doc comments of its properties, and with every type
        /// it mentions passed through `normalise`, union variants' labels included (a label is its type's
        /// spelling, for decoding errors, so it names the declaration itself like a reference does).
        static func comparable(_ kind: TypeDecl.Kind, _ normalise: (TypeRef) -> TypeRef) -> TypeDecl.Kind {
            let labelled = relabelled(withoutDocs(kind)) { label in
                guard case .named(let name) = normalise(.named(label)) else { return label }
                return name
            }
            return TypeRewriting.map(labelled, normalise)
        }

        /// The kind with each union variant's label passed through `transform`.
        private static func relabelled(_ kind: TypeDecl.Kind, _ transform: (String) -> String) -> TypeDecl.Kind {
            switch kind {
            case .oneOf(var decl):
                decl.cases = decl.cases.map { variant in
                    var copy = variant
                    copy.label = transform(variant.label)
                    return copy
                }
                return .oneOf(decl)
            case .anyOf(var decl):
                decl.members = decl.members.map { member in
                    var copy = member
                    copy.label = transform(member.label)
                    return copy
                }
                return .anyOf(decl)
            default:
                return kind
            }
        }

        /// The kind with the doc comments of its properties removed.
        private static func withoutDocs(_ kind: TypeDecl.Kind) -> TypeDecl.Kind {
            switch kind {
            case .structure(let properties):
                return .structure(properties.map { property in
                    var copy = property
                    copy.doc = nil
                    return copy
                })
            case .anyOf(var decl):
                decl.members = decl.members.map { member in
                    var copy = member
                    copy.property.doc = nil
                    return copy
                }
                return .anyOf(decl)
            default:
                return kind
            }
        }
    }
}
