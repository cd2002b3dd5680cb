/// The declarations of a model flattened for `NestedTypeDeduplication`: every declaration, nested ones included, in
/// post-order (a type's nested types before it), with which copies were replaced and by what.
struct NestedTypeForest {
    /// One declaration and where it sits.
    private struct Node {
        /// The declaration as lowered (its nested types are nodes of their own).
        let decl: TypeDecl
        /// The qualified name, `Owner.Inner`.
        let path: String
        /// 0 for a top-level declaration.
        let depth: Int
        /// Whether the top-level owner is a component schema (its types are preferred as the ones that stay).
        let rootIsComponent: Bool
        /// The nodes of `decl.nested`, in order.
        let children: [Int]
        /// The owner's node; nil at top level.
        var parent: Int?
    }

    /// A declaration's comparison key: its own text, normalised, and its nested types' names and interned keys.
    /// The hash is computed once (dictionaries rehash their keys as they grow).
    private struct Key: Hashable {
        let own: TypeDecl
        let childNames: [String]
        let children: [Int]
        let hash: Int

        /// `ownHash` is `own.hashValue`, kept from the round that normalised `own`.
        init(own: TypeDecl, ownHash: Int, childNames: [String], children: [Int]) {
            self.own = own
            self.childNames = childNames
            self.children = children
            var hasher = Hasher()
            hasher.combine(ownHash)
            hasher.combine(childNames)
            hasher.combine(children)
            hash = hasher.finalize()
        }

        static func == (lhs: Key, rhs: Key) -> Bool {
            lhs.hash == rhs.hash && lhs.children == rhs.children && lhs.childNames == rhs.childNames && lhs.own == rhs.own
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(hash)
        }
    }

    private var nodes: [Node] = []
    /// The nodes replaced by an alias, with the qualified name of the type that stays.
    private var aliasTargets: [Int: String] = [:]
    /// Nodes that must keep their declaration: types that stay, and the owners around them.
    private var pinned: Set<Int> = []
    /// The names of each node's nested types, built when first needed.
    private var nestedNames: [Int: Set<String>] = [:]
    /// Each node's normalised declaration and its hash as of the last round, and the names it looked up through
    /// `NestedTypeDeduplication.canonicalName` (what it depends on besides the node itself).
    private var owns: [(decl: TypeDecl, hash: Int, names: [String])?] = []
    /// What each name looked up in the last round stood for.
    private var lookedUp: [String: String] = [:]

    /// Flattens `types`.
    init(_ types: [TypeDecl]) {
        for decl in types {
            _ = add(decl, path: decl.name, depth: 0, rootIsComponent: TypeDeduplication.isComponent(decl))
        }
    }

    /// Whether any declaration has nested types.
    var hasNestedTypes: Bool {
        nodes.contains { $0.depth > 0 }
    }

    /// Whether any copy was replaced.
    var hasMerged: Bool {
        !aliasTargets.isEmpty
    }

    /// The typealiases already declared (`typealias B = A`), by qualified name: a reference to one compares as
    /// a reference to what it stands for.
    var existingAliases: [String: String] {
        var aliases: [String: String] = [:]
        for node in nodes {
            if case .alias(.named(let target)) = node.decl.kind { aliases[node.path] = target }
        }
        return aliases
    }

    private mutating func add(_ decl: TypeDecl, path: String, depth: Int, rootIsComponent: Bool) -> Int {
        let children = decl.nested.map { add($0, path: "\(path).\($0.name)", depth: depth + 1, rootIsComponent: rootIsComponent) }
        let index = nodes.count
        nodes.append(Node(decl: decl, path: path, depth: depth, rootIsComponent: rootIsComponent, children: children))
        for child in children { nodes[child].parent = index }
        return index
    }

    /// One round: groups the declarations by key, keeps one of each group and replaces the other nested copies.
    /// Each replacement is added to `canonical`. Returns how many copies were replaced.
    ///
    /// A node's normalised declaration depends on `canonical` only through what the names it mentions stand for,
    /// so a round after the first normalises again only the nodes that mention a name whose meaning changed; the
    /// keys, and so the groups, are those of normalising every node.
    mutating func mergeRound(canonical: inout [String: String], renormalisingAll: Bool = false) -> Int {
        if renormalisingAll { owns = [] }
        refreshOwns(canonical)
        var ids = [Int](repeating: 0, count: nodes.count)
        var interned: [Key: Int] = [:]
        interned.reserveCapacity(nodes.count)
        for index in nodes.indices {
            let node = nodes[index]
            guard let own = owns[index] else { continue }
            let key = Key(own: own.decl, ownHash: own.hash, childNames: node.decl.nested.map(\.name), children: node.children.map { ids[$0] })
            if let id = interned[key] {
                ids[index] = id
            } else {
                ids[index] = interned.count
                interned[key] = interned.count
            }
        }
        var groups: [Int: [Int]] = [:]
        for index in nodes.indices where isCandidate(index) {
            groups[ids[index], default: []].append(index)
        }
        // Outermost groups first, so that an owner is replaced as a whole before its nested types are considered.
        let ordered = groups.values.filter { $0.count > 1 }.map { members in
            (members, members.map { nodes[$0].depth }.min() ?? 0, members.map { nodes[$0].path }.min() ?? "")
        }.sorted { ($0.1, $0.2) < ($1.1, $1.2) }
        var replaced = 0
        for (group, _, _) in ordered {
            let members = group.filter { isCandidate($0) }
            let fixed = members.filter { nodes[$0].depth == 0 || pinned.contains($0) }
            guard members.count > 1, let keeper = (fixed.isEmpty ? members : fixed).min(by: { rank($0) < rank($1) }) else { continue }
            pin(keeper)
            let root = String(nodes[keeper].path.prefix { $0 != "." })
            for member in members where member != keeper && nodes[member].depth > 0 && !pinned.contains(member) {
                guard !isShadowed(root, around: member) else { continue }
                aliasTargets[member] = nodes[keeper].path
                canonical[nodes[member].path] = nodes[keeper].path
                replaced += 1
            }
        }
        return replaced
    }

    /// `types` (the declarations this forest was made from) with the replaced copies as typealiases.
    func rebuilt(_ types: [TypeDecl]) -> [TypeDecl] {
        var counter = 0
        return types.map { rebuild($0, counter: &counter) }
    }

    private func rebuild(_ decl: TypeDecl, counter: inout Int) -> TypeDecl {
        var copy = decl
        copy.nested = decl.nested.map { rebuild($0, counter: &counter) }
        let index = counter
        counter += 1
        guard let target = aliasTargets[index] else { return copy }
        return TypeDecl(name: decl.name, doc: decl.doc, origin: decl.origin, kind: .alias(.named(target)))
    }

    /// Whether the node may join a group: a declaration (not an alias), not deprecated, not inside a replaced one.
    private func isCandidate(_ index: Int) -> Bool {
        let decl = nodes[index].decl
        if case .alias = decl.kind { return false }
        if decl.deprecated { return false }
        var current: Int? = index
        while let node = current {
            if aliasTargets[node] != nil { return false }
            current = nodes[node].parent
        }
        return true
    }

    /// Marks the node and its owners as kept.
    private mutating func pin(_ index: Int) {
        var current: Int? = index
        while let node = current, pinned.insert(node).inserted {
            current = nodes[node].parent
        }
    }

    /// Components first, then top-level types, then by qualified name: which member of a group stays.
    private func rank(_ index: Int) -> (Int, Int, String) {
        let node = nodes[index]
        return (node.rootIsComponent ? 0 : 1, node.depth == 0 ? 0 : 1, node.path)
    }

    /// Whether an alias declared in place of `index` would find another type called `name` (the first component
    /// of its target): a type nested in one of the declarations around it.
    private mutating func isShadowed(_ name: String, around index: Int) -> Bool {
        var current = nodes[index].parent
        while let owner = current {
            if nestedNames[owner] == nil { nestedNames[owner] = Set(nodes[owner].decl.nested.map(\.name)) }
            if nestedNames[owner]?.contains(name) == true { return true }
            current = nodes[owner].parent
        }
        return false
    }

    /// Normalises every node in the first round; afterwards only the nodes that mention a name that stands for
    /// something else under `canonical` than in the round before.
    private mutating func refreshOwns(_ canonical: [String: String]) {
        var changed: [String: String] = [:]
        for (name, meaning) in lookedUp {
            let now = NestedTypeDeduplication.canonicalName(name, canonical)
            if now != meaning { changed[name] = now }
        }
        lookedUp.merge(changed) { $1 }
        if owns.count != nodes.count { owns = Array(repeating: nil, count: nodes.count) }
        for index in nodes.indices {
            if let own = owns[index], !own.names.contains(where: { changed[$0] != nil }) { continue }
            var looked: [(name: String, meaning: String)] = []
            let decl = normalised(nodes[index], canonical, mentioning: &looked)
            for (name, meaning) in looked { lookedUp[name] = meaning }
            owns[index] = (decl, decl.hashValue, looked.map(\.name))
        }
    }

    /// The node's own declaration without its name, docs, positions and nested types, with references to itself
    /// and to its nested types written relative to it, and references to replaced types by the type that stays.
    /// `looked` gets every name looked up through `NestedTypeDeduplication.canonicalName`, with what it stands for.
    private func normalised(
        _ node: Node, _ canonical: [String: String], mentioning looked: inout [(name: String, meaning: String)]
    ) -> TypeDecl {
        let selfPath = node.path
        let selfPrefix = selfPath + "."
        var found: [(name: String, meaning: String)] = []
        defer { looked = found }
        func normalise(_ type: TypeRef) -> TypeRef {
            switch type {
            case .named(let name):
                if name == selfPath { return .named("\u{0}") }
                if name.hasPrefix(selfPrefix) { return .named("\u{0}" + name.dropFirst(selfPath.count)) }
                let meaning = NestedTypeDeduplication.canonicalName(name, canonical)
                found.append((name, meaning))
                return .named(meaning)
            case .array(let element): return .array(normalise(element))
            case .dictionary(let value): return .dictionary(normalise(value))
            case .optional(let wrapped): return .optional(normalise(wrapped))
            case .explicitNull(let wrapped): return .explicitNull(normalise(wrapped))
            case .stream(let element): return .stream(normalise(element))
            case .serverSentEvent(let payload): return .serverSentEvent(normalise(payload))
            default: return type
            }
        }
        var own = node.decl
        own.name = ""
        own.doc = nil
        own.origin = .root
        own.nested = []
        own.kind = TypeDeduplication.Shape.comparable(node.decl.kind, normalise)
        return own
    }
}
