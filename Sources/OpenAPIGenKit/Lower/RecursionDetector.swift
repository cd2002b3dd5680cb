/// Makes recursive schemas compile: finds cycles of value types and breaks each with indirection.
///
/// A struct cannot contain itself, directly or through `Optional`, and neither can an enum's associated value
/// unless the enum is `indirect`. Arrays and dictionaries store their elements on the heap, so edges through them
/// never count. In the graph of structs, `anyOf` structs and `oneOf` enums, every `oneOf` that lies on a cycle
/// becomes `indirect` first (invisible to callers), and its edges are dropped. Then a depth-first walk, in name
/// order, boxes every struct property (or `anyOf` member) whose edge closes a remaining cycle
/// (`Property.isBoxed`); removing the closing edges of a depth-first walk leaves no cycle. (Compare
/// swift-openapi-generator's `RecursionDetector`.)
///
/// Then it bounds how much one value stores inline. Value types nest by value, so a struct whose properties are
/// structs with struct properties (Stripe's `Charge`, say) has a layout as large as the whole tree below it, and
/// the compiler's type lowering grows with it: without a bound, Stripe's client took more than 24 GB to compile.
/// Walking the types leaves first, a property whose type stores more than `maximumInlineWeight` leaves inline
/// is boxed, and a `oneOf` whose cases do is `indirect`; so no type stores more than that per property.
///
/// Afterwards every boxed or deprecated property gets a `storageName`: the public property becomes computed over
/// a stored `_name`, which keeps the public init and the coding keys unchanged.
enum RecursionDetector {
    /// The most leaves (scalars, arrays, dictionaries, boxes) one property may store inline before it is boxed.
    static let maximumInlineWeight = 24

    /// An edge's origin: property `index` of the struct or `anyOf` `owner`, or any case of the `oneOf` `owner`.
    private struct Edge: Hashable {
        var owner: String
        var index: Int?
        var target: String
    }

    /// `types` with cycles broken and storage names assigned.
    static func breakCycles(_ types: [TypeDecl]) -> [TypeDecl] {
        let kinds = types.byQualifiedName.mapValues(\.kind)
        var edges: [String: [Edge]] = [:]
        for (owner, kind) in kinds {
            edges[owner] = outgoing(owner, kind, kinds: kinds)
        }
        let indirect = Set(kinds.keys.filter { name in
            if case .oneOf? = kinds[name] { return reaches(name, from: name, edges: edges) }
            return false
        })
        for name in indirect { edges[name] = [] }
        var state: [String: Bool] = [:]  // false: on the current path; true: finished
        var closing: Set<Edge> = []
        func visit(_ node: String) {
            state[node] = false
            for edge in edges[node] ?? [] {
                switch state[edge.target] {
                case nil: visit(edge.target)
                case false?: closing.insert(edge)
                case true?: continue
                }
            }
            state[node] = true
        }
        for node in kinds.keys.sorted() where state[node] == nil && edges[node] != nil {
            visit(node)
        }
        var boxed = closing
        var indirectOrLarge = indirect
        var weights: [String: Int] = [:]
        for node in kinds.keys.sorted() {
            _ = weight(of: node, kinds: kinds, boxed: &boxed, indirect: &indirectOrLarge, weights: &weights)
        }
        return types.map { apply(boxed, indirect: indirectOrLarge, to: $0, prefix: nil) }
    }

    /// How many leaves a value of type `node` stores inline, once the edges in `boxed` are boxes and the enums in
    /// `indirect` are indirect; boxes the properties (and makes `oneOf`s indirect) that would store more than
    /// `maximumInlineWeight`. The graph without `boxed` edges and `indirect` enums' edges has no cycle.
    private static func weight(
        of node: String,
        kinds: [String: TypeDecl.Kind],
        boxed: inout Set<Edge>,
        indirect: inout Set<String>,
        weights: inout [String: Int]
    ) -> Int {
        if let known = weights[node] { return known }
        guard let kind = kinds[node] else { return 1 }
        weights[node] = 1  // a guard: an unexpected cycle counts as one leaf instead of recursing forever
        func inline(_ type: TypeRef) -> Int {
            guard let target = storedTarget(type, kinds: kinds) else { return 1 }
            return weight(of: target, kinds: kinds, boxed: &boxed, indirect: &indirect, weights: &weights)
        }
        /// The leaves of the properties of `node`, boxing each one that stores too many.
        func inlineProperties(_ types: [TypeRef]) -> Int {
            var total = 0
            for (index, type) in types.enumerated() {
                let target = storedTarget(type, kinds: kinds)
                if let target, boxed.contains(Edge(owner: node, index: index, target: target)) {
                    total += 1
                    continue
                }
                let size = inline(type)
                if size > maximumInlineWeight, let target {
                    boxed.insert(Edge(owner: node, index: index, target: target))
                    total += 1
                } else {
                    total += size
                }
            }
            return total
        }
        let total: Int
        switch kind {
        case .structure(let properties):
            total = inlineProperties(properties.map(\.type))
        case .anyOf(let decl):
            total = inlineProperties(decl.members.map(\.property.type))
        case .oneOf(let decl):
            if indirect.contains(node) {
                total = 1
            } else {
                let cases = decl.cases.reduce(1) { $0 + inline($1.type) }
                if cases > maximumInlineWeight { indirect.insert(node) }
                total = cases > maximumInlineWeight ? 1 : cases
            }
        case .enumeration, .alias:
            total = 1
        }
        weights[node] = total
        return total
    }

    /// Whether `target` can be reached from `start` in one or more steps.
    private static func reaches(_ target: String, from start: String, edges: [String: [Edge]]) -> Bool {
        var seen: Set<String> = []
        var pending = (edges[start] ?? []).map(\.target)
        while let next = pending.popLast() {
            if next == target { return true }
            guard seen.insert(next).inserted else { continue }
            pending += (edges[next] ?? []).map(\.target)
        }
        return false
    }

    /// The edges out of a struct, `anyOf` or `oneOf` to other such types, in declaration order.
    private static func outgoing(_ owner: String, _ kind: TypeDecl.Kind, kinds: [String: TypeDecl.Kind]) -> [Edge]? {
        let types: [(Int?, TypeRef)]
        switch kind {
        case .structure(let properties): types = properties.enumerated().map { ($0.offset, $0.element.type) }
        case .anyOf(let decl): types = decl.members.enumerated().map { ($0.offset, $0.element.property.type) }
        case .oneOf(let decl): types = decl.cases.map { (nil, $0.type) }
        case .enumeration, .alias: return nil
        }
        return types.compactMap { index, type in
            storedTarget(type, kinds: kinds).map { Edge(owner: owner, index: index, target: $0) }
        }
    }

    /// The struct, `anyOf` or `oneOf` that a value of `type` stores inline (through `Optional` and typealiases).
    private static func storedTarget(_ type: TypeRef, kinds: [String: TypeDecl.Kind], hops: Int = 0) -> String? {
        guard hops < 32 else { return nil }
        switch type {
        case .optional(let wrapped):
            return storedTarget(wrapped, kinds: kinds, hops: hops + 1)
        case .named(let name):
            switch kinds[name] {
            case .alias(let target)?: return storedTarget(target, kinds: kinds, hops: hops + 1)
            case .structure?, .anyOf?, .oneOf?: return name
            case .enumeration?, nil: return nil
            }
        default:
            return nil
        }
    }

    private static func apply(_ closing: Set<Edge>, indirect: Set<String>, to decl: TypeDecl, prefix: String?) -> TypeDecl {
        let name = prefix.map { "\($0).\(decl.name)" } ?? decl.name
        let boxed = Set(closing.filter { $0.owner == name }.compactMap(\.index))
        var copy = decl
        switch decl.kind {
        case .structure(let properties):
            copy.kind = .structure(withStorage(properties, boxed: boxed))
        case .anyOf(var anyOf):
            let properties = withStorage(anyOf.members.map(\.property), boxed: boxed)
            for index in anyOf.members.indices { anyOf.members[index].property = properties[index] }
            copy.kind = .anyOf(anyOf)
        case .oneOf:
            copy.isIndirect = indirect.contains(name)
        case .enumeration, .alias:
            break
        }
        copy.nested = decl.nested.map { apply(closing, indirect: indirect, to: $0, prefix: name) }
        return copy
    }

    /// Marks the `boxed` indices and names the storage of boxed and deprecated properties `_name` (made unique).
    private static func withStorage(_ properties: [Property], boxed: Set<Int>) -> [Property] {
        var taken = Set(properties.map(\.swiftName))
        return properties.enumerated().map { index, property in
            var copy = property
            copy.isBoxed = boxed.contains(index)
            if copy.isBoxed || copy.deprecated {
                copy.storageName = SwiftName.unique("_" + property.swiftName, in: &taken)
            }
            return copy
        }
    }
}
