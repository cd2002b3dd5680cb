/// Decides how each generated value type stores its properties: inline, boxed (`Property.isBoxed`) or through an
/// `indirect` enum, and under which stored name. Three passes, in this order.
///
/// First, recursive schemas must compile: it finds cycles of value types and breaks each with indirection. A
/// struct cannot contain itself, directly or through `Optional`, and neither can an enum's associated value unless
/// the enum is `indirect`. Arrays and dictionaries store their elements on the heap, so edges through them
/// never count. In the graph of structs, `anyOf` structs and `oneOf` enums, every `oneOf` that lies on a cycle
/// becomes `indirect` first (invisible to callers), and its edges are dropped. Then a depth-first walk, in name
/// order, boxes every struct property (or `anyOf` member) whose edge closes a remaining cycle
/// (`Property.isBoxed`); removing the closing edges of a depth-first walk leaves no cycle. (Compare
/// swift-openapi-generator's recursion detector.)
///
/// Then it bounds how much one value stores inline. Value types nest by value, so a struct whose properties are
/// structs with struct properties (Stripe's `Charge`, say) has a layout as large as the whole tree below it, and
/// the compiler's type lowering grows with it: without a bound, Stripe's client took more than 24 GB to compile.
/// Walking the types leaves first, a property whose type stores more than `maximumInlineWeight` leaves inline
/// is boxed, and a `oneOf` whose cases do is `indirect`; so no type stores more than that per property.
///
/// Afterwards every boxed or deprecated property gets a `storageName`: the public property becomes computed over
/// a stored `_name`, which keeps the public init and the coding keys unchanged.
enum StoragePlanner {
    /// The most leaves (scalars, arrays, dictionaries, boxes) one property may store inline before it is boxed.
    static let maximumInlineWeight = 24

    /// An edge's origin: property `index` of the struct or `anyOf` `owner`, or any case of the `oneOf` `owner`.
    struct Edge: Hashable {
        var owner: String
        var index: Int?
        var target: String
    }

    /// `types` with cycles broken and storage names assigned.
    static func planStorage(_ types: [TypeDecl]) -> [TypeDecl] {
        var counters = AnalysisCounters()
        return planStorage(types, counters: &counters)
    }

    /// `types` with cycles broken and storage names assigned; every declaration and edge visited is counted.
    static func planStorage(_ types: [TypeDecl], counters: inout AnalysisCounters) -> [TypeDecl] {
        let graph = Graph(types.byQualifiedName.mapValues(\.kind), counters: &counters)
        var edges = graph.edges
        let indirect = graph.oneOfsOnCycles(counters: &counters)
        for name in indirect { edges[name] = [] }
        let closing = graph.closingEdges(edges, counters: &counters)
        var sizes = InlineWeight(graph: graph, boxed: closing, indirect: indirect)
        sizes.bound(counters: &counters)
        var boxedIndices: [String: Set<Int>] = [:]
        for edge in sizes.boxed {
            if let index = edge.index { boxedIndices[edge.owner, default: []].insert(index) }
        }
        return types.map { apply(boxedIndices, indirect: sizes.indirect, to: $0, prefix: nil) }
    }

    private static func apply(_ boxedIndices: [String: Set<Int>], indirect: Set<String>, to decl: TypeDecl, prefix: String?) -> TypeDecl {
        let name = prefix.map { "\($0).\(decl.name)" } ?? decl.name
        let boxed = boxedIndices[name] ?? []
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
        copy.nested = decl.nested.map { apply(boxedIndices, indirect: indirect, to: $0, prefix: name) }
        return copy
    }

    /// Marks the `boxed` indices and names the storage of boxed and deprecated properties `_name` (made unique).
    private static func withStorage(_ properties: [Property], boxed: Set<Int>) -> [Property] {
        var taken = NameSet(Set(properties.map(\.swiftName)))
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
