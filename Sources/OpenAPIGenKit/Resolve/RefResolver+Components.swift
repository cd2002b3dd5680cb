/// Component schemas, each normalized once.
///
/// Merging `allOf` needs the normalized, concrete form of the components it names; those are memoised per
/// component, so an `allOf` chain 1,000 long is merged in 1,000 steps, not 1,000² (and a component named by
/// 100,000 `allOf`s is normalized once). Components being normalized are marked (grey), finished ones memoised
/// (black): reaching a grey component again is a loop, reported with the chain that leads to it. Components are
/// normalized in dependency order (those an `allOf` names first), found with an explicit stack, so a long chain
/// does not recurse deeply either.
extension RefResolver {
    /// The normalized schema of every component, in document order. They are normalized in name order (with
    /// dependencies first), so which reference of a loop reports it does not depend on the file's layout.
    mutating func normalizeComponents() -> [NamedSchema] {
        let sorted = document.schemas.keys.sorted()
        for name in dependencyOrder(sorted) { _ = normalizedComponent(name) }
        var listed: Set<String> = []
        let names = document.schemaNames.filter { document.schemas[$0] != nil && listed.insert($0).inserted }
            + sorted.filter { !listed.contains($0) }
        return names.compactMap { name in normalizedComponents[name].map { NamedSchema(name: name, schema: $0) } }
    }

    /// Component `name` normalized (memoised); nil when there is no such component.
    mutating func normalizedComponent(_ name: String) -> Referable<Schema>? {
        if let done = normalizedComponents[name] { return done }
        guard let schema = document.schemas[name] else { return nil }
        let raw = "#/components/schemas/" + name
        componentsInProgress.append(raw)
        let normalized = normalize(schema, visiting: [raw])
        componentsInProgress.removeLast()
        normalizedComponents[name] = normalized
        return normalized
    }

    /// The concrete schema of component `name`, reached through `reference`: normalized, following components that
    /// only alias another one (memoised). A loop reports an error at the reference that closes it and gives nil.
    mutating func concreteComponent(_ name: String, via reference: Reference) -> Schema? {
        var current = name
        var via = reference
        var chain: [String] = []
        var seen: Set<String> = []
        var result: Schema?
        while true {
            counters.count(.allOf)
            if let done = concreteComponents[current] {
                result = done
                break
            }
            let raw = "#/components/schemas/" + current
            if componentsInProgress.contains(raw) || !seen.insert(current).inserted {
                let path = componentsInProgress + chain.map { "#/components/schemas/" + $0 } + [via.raw]
                context.error("reference loop: \(path.joined(separator: " → "))", at: via.pointer)
                break
            }
            chain.append(current)
            guard let normalized = normalizedComponent(current) else { break }
            switch normalized {
            case .value(let schema):
                result = schema
            case .reference(let next):
                guard let nextName = next.componentName(in: "schemas"), document.schemas[nextName] != nil else { break }
                current = nextName
                via = next
                continue
            }
            break
        }
        for component in chain { concreteComponents[component] = .some(result) }
        return result
    }

    /// `names` ordered so that the components an `allOf` (or an alias) names come before the component naming
    /// them; a depth-first walk with an explicit stack, in name order. Loops are left for normalizing to report.
    private mutating func dependencyOrder(_ names: [String]) -> [String] {
        var order: [String] = []
        var started: Set<String> = []
        for root in names where !started.contains(root) {
            started.insert(root)
            var work: [(name: String, dependencies: [String], next: Int)] = [(root, dependencies(of: root), 0)]
            while let (name, dependencies, next) = work.last {
                guard next < dependencies.count else {
                    order.append(name)
                    work.removeLast()
                    continue
                }
                work[work.count - 1].next += 1
                let dependency = dependencies[next]
                if document.schemas[dependency] != nil, started.insert(dependency).inserted {
                    work.append((dependency, self.dependencies(of: dependency), 0))
                }
            }
        }
        return order
    }

    /// The components that component `name` is an alias of or names in an `allOf`, anywhere inside it.
    private mutating func dependencies(of name: String) -> [String] {
        guard let schema = document.schemas[name] else { return [] }
        var found: [String] = []
        if case .reference(let reference) = schema, let target = reference.componentName(in: "schemas") { found.append(target) }
        var pending = [schema]
        while let next = pending.popLast() {
            counters.count(.allOf)
            guard case .value(let value) = next else { continue }
            for part in value.allOf {
                if case .reference(let reference) = part, let target = reference.componentName(in: "schemas") { found.append(target) }
            }
            pending += value.properties.map(\.schema) + value.allOf + value.oneOf + value.anyOf
            if let items = value.items { pending.append(items) }
            if case .schema(let additional)? = value.additionalProperties { pending.append(additional) }
        }
        return found
    }
}
