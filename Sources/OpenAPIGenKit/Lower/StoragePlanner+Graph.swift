extension StoragePlanner {
    /// The graph of value types that store each other inline: structs, `anyOf` structs and `oneOf` enums, with an
    /// edge for each property, member or case whose value is stored inline (through `Optional` and typealiases).
    ///
    /// Every walk over it is iterative (explicit stacks: a chain of 10,000 structs must not overflow the call
    /// stack), visits each node and edge once, and finds cycles by marking nodes, never by counting hops.
    struct Graph {
        /// Every declaration's kind, by qualified name.
        let kinds: [String: TypeDecl.Kind]
        /// The names, sorted: walks start in this order so that the result is deterministic.
        let names: [String]
        /// The edges out of each struct, `anyOf` and `oneOf`, in declaration order; other kinds have no entry.
        let edges: [String: [Edge]]
        /// The type each typealias stores inline, resolved once per alias; absent for aliases of other types.
        private let aliasTargets: [String: String]

        /// The graph of `kinds`.
        init(_ kinds: [String: TypeDecl.Kind], counters: inout AnalysisCounters) {
            self.kinds = kinds
            names = kinds.keys.sorted()
            aliasTargets = Self.aliasTargets(kinds, names: names, counters: &counters)
            var edges: [String: [Edge]] = [:]
            for name in names {
                counters.count(.recursion)
                guard let kind = kinds[name] else { continue }
                edges[name] = Self.outgoing(name, kind, kinds: kinds, aliasTargets: aliasTargets)
            }
            self.edges = edges
        }

        /// The struct, `anyOf` or `oneOf` that a value of `type` stores inline (through `Optional` and
        /// typealiases), or nil.
        func storedTarget(_ type: TypeRef) -> String? {
            Self.storedTarget(type, kinds: kinds, aliasTargets: aliasTargets)
        }

        private static func storedTarget(_ type: TypeRef, kinds: [String: TypeDecl.Kind], aliasTargets: [String: String]) -> String? {
            var current = type
            while case .optional(let wrapped) = current { current = wrapped }
            guard case .named(let name) = current else { return nil }
            switch kinds[name] {
            case .alias?: return aliasTargets[name]
            case .structure?, .anyOf?, .oneOf?: return name
            case .enumeration?, nil: return nil
            }
        }

        /// The edges out of a struct, `anyOf` or `oneOf` to other such types, in declaration order.
        private static func outgoing(_ owner: String, _ kind: TypeDecl.Kind, kinds: [String: TypeDecl.Kind], aliasTargets: [String: String]) -> [Edge]? {
            let types: [(Int?, TypeRef)]
            switch kind {
            case .structure(let properties): types = properties.enumerated().map { ($0.offset, $0.element.type) }
            case .anyOf(let decl): types = decl.members.enumerated().map { ($0.offset, $0.element.property.type) }
            case .oneOf(let decl): types = decl.cases.map { (nil, $0.type) }
            case .enumeration, .alias: return nil
            }
            return types.compactMap { index, type in
                storedTarget(type, kinds: kinds, aliasTargets: aliasTargets).map { Edge(owner: owner, index: index, target: $0) }
            }
        }

        /// For each typealias, the struct, `anyOf` or `oneOf` at the end of its chain of aliases. Each chain is
        /// followed once: aliases on the chain being followed are marked, so a loop of aliases ends it (no target).
        private static func aliasTargets(_ kinds: [String: TypeDecl.Kind], names: [String], counters: inout AnalysisCounters) -> [String: String] {
            var targets: [String: String] = [:]
            var finished: Set<String> = []
            for name in names where !finished.contains(name) {
                guard case .alias = kinds[name] else { continue }
                var chain: [String] = []
                var onChain: Set<String> = []
                var current = name
                var target: String?
                while true {
                    counters.count(.recursion)
                    if finished.contains(current) {
                        target = targets[current]
                        break
                    }
                    guard case .alias(var type)? = kinds[current] else {
                        switch kinds[current] {
                        case .structure?, .anyOf?, .oneOf?: target = current
                        case .alias?, .enumeration?, nil: break
                        }
                        break
                    }
                    guard onChain.insert(current).inserted else { break }  // a loop of aliases
                    chain.append(current)
                    while case .optional(let wrapped) = type { type = wrapped }
                    guard case .named(let next) = type else { break }
                    current = next
                }
                for alias in chain {
                    targets[alias] = target
                    finished.insert(alias)
                }
            }
            return targets
        }

        /// The `oneOf`s that lie on a cycle: the strongly connected components of the graph (Tarjan's algorithm,
        /// with an explicit stack) that have more than one node, or an edge from their node to itself.
        func oneOfsOnCycles(counters: inout AnalysisCounters) -> Set<String> {
            var order: [String: Int] = [:]  // the visit number of each node seen
            var lowest: [String: Int] = [:]  // the lowest visit number reachable from the node's subtree
            var stack: [String] = []
            var onStack: Set<String> = []
            var result: Set<String> = []
            func enter(_ node: String, _ work: inout [(node: String, next: Int)]) {
                order[node] = order.count
                lowest[node] = order[node]
                stack.append(node)
                onStack.insert(node)
                work.append((node, 0))
            }
            for root in names where edges[root] != nil && order[root] == nil {
                var work: [(node: String, next: Int)] = []
                enter(root, &work)
                while let (node, next) = work.last {
                    let out = edges[node] ?? []
                    if next < out.count {
                        work[work.count - 1].next += 1
                        counters.count(.recursion)
                        let target = out[next].target
                        if order[target] == nil {
                            enter(target, &work)
                        } else if onStack.contains(target) {
                            lowest[node] = min(lowest[node, default: 0], order[target, default: 0])
                        }
                        continue
                    }
                    work.removeLast()
                    if let parent = work.last?.node {
                        lowest[parent] = min(lowest[parent, default: 0], lowest[node, default: 0])
                    }
                    guard lowest[node] == order[node] else { continue }
                    var component: [String] = []
                    while let member = stack.popLast() {
                        onStack.remove(member)
                        component.append(member)
                        if member == node { break }
                    }
                    for member in component {
                        guard case .oneOf? = kinds[member] else { continue }
                        if component.count > 1 || out.contains(where: { $0.target == member }) {
                            result.insert(member)
                        }
                    }
                }
            }
            return result
        }

        /// The edges that close a cycle in a depth-first walk over `edges` in name order (its back edges):
        /// without them the graph has no cycle.
        func closingEdges(_ edges: [String: [Edge]], counters: inout AnalysisCounters) -> Set<Edge> {
            var finished: [String: Bool] = [:]  // false: on the current path; true: finished
            var closing: Set<Edge> = []
            for root in names where finished[root] == nil && edges[root] != nil {
                finished[root] = false
                var work: [(node: String, next: Int)] = [(root, 0)]
                while let (node, next) = work.last {
                    let out = edges[node] ?? []
                    guard next < out.count else {
                        finished[node] = true
                        work.removeLast()
                        continue
                    }
                    work[work.count - 1].next += 1
                    counters.count(.recursion)
                    let edge = out[next]
                    switch finished[edge.target] {
                    case nil:
                        finished[edge.target] = false
                        work.append((edge.target, 0))
                    case false?:
                        closing.insert(edge)
                    case true?:
                        continue
                    }
                }
            }
            return closing
        }
    }
}
