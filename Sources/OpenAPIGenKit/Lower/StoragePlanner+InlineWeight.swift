extension StoragePlanner {
    /// How many leaves a value of each type stores inline, once `boxed` edges are boxes and `indirect` enums are
    /// indirect; `bound` boxes the properties (and makes `oneOf`s indirect) that would store more than
    /// `maximumInlineWeight`.
    ///
    /// Without the `boxed` edges and the edges of `indirect` enums the graph has no cycle, so each type's weight
    /// depends only on the weights of the types it stores: they are computed children first, each type once, with
    /// an explicit stack.
    struct InlineWeight {
        let graph: Graph
        /// The boxed edges: those closing cycles, then those storing too much.
        private(set) var boxed: Set<Edge>
        /// The indirect `oneOf`s: those on cycles, then those whose cases store too much.
        private(set) var indirect: Set<String>
        /// The weight of each type computed so far.
        private var weights: [String: Int] = [:]

        init(graph: Graph, boxed: Set<Edge>, indirect: Set<String>) {
            self.graph = graph
            self.boxed = boxed
            self.indirect = indirect
        }

        /// Computes every type's weight, boxing what stores too much.
        mutating func bound(counters: inout AnalysisCounters) {
            var started: Set<String> = []
            for root in graph.names where weights[root] == nil {
                started.insert(root)
                var work: [(node: String, children: [String], next: Int)] = [(root, children(of: root), 0)]
                while let (node, children, next) = work.last {
                    counters.count(.inlineWeight)
                    if next < children.count {
                        work[work.count - 1].next += 1
                        let child = children[next]
                        // A child already started but unfinished would be a cycle, which the boxed edges exclude;
                        // `weight(of:)` counts it as one leaf.
                        if started.insert(child).inserted { work.append((child, self.children(of: child), 0)) }
                        continue
                    }
                    work.removeLast()
                    weights[node] = weight(of: node)
                }
            }
        }

        /// The types whose weight the weight of `node` needs.
        private func children(of node: String) -> [String] {
            switch graph.kinds[node] {
            case .structure?, .anyOf?:
                return (graph.edges[node] ?? []).filter { !boxed.contains($0) }.map(\.target)
            case .oneOf?:
                return indirect.contains(node) ? [] : (graph.edges[node] ?? []).map(\.target)
            case .enumeration?, .alias?, nil:
                return []
            }
        }

        /// The weight of `node` from its children's weights, boxing its properties (or making it indirect) where
        /// they store too much.
        private mutating func weight(of node: String) -> Int {
            func inline(_ type: TypeRef) -> Int {
                guard let target = graph.storedTarget(type) else { return 1 }
                return weights[target] ?? 1
            }
            /// The leaves of the properties of `node`, boxing each one that stores too many.
            func inlineProperties(_ types: [TypeRef]) -> Int {
                var total = 0
                for (index, type) in types.enumerated() {
                    let target = graph.storedTarget(type)
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
            switch graph.kinds[node] {
            case .structure(let properties)?:
                return inlineProperties(properties.map(\.type))
            case .anyOf(let decl)?:
                return inlineProperties(decl.members.map(\.property.type))
            case .oneOf(let decl)?:
                if indirect.contains(node) { return 1 }
                let cases = decl.cases.reduce(1) { $0 + inline($1.type) }
                guard cases > maximumInlineWeight else { return cases }
                indirect.insert(node)
                return 1
            case .enumeration?, .alias?, nil:
                return 1
            }
        }
    }
}
