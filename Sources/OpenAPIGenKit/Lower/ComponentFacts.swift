/// What the lowering needs to know about each component schema, computed once before lowering: whether a value
/// of it may be null, the concrete schema behind it, and its `default`. Questions asked per property then look
/// a referenced component up instead of walking the reference graph again.
///
/// The concrete schema and the default follow one chain per component (a `$ref` to another component, or a
/// decorator's `allOf[0]`). Chains are walked iteratively: components on the chain being walked are grey, the
/// finished ones black, so a loop of aliases ends the walk (nothing found) and each component is stepped through
/// once however long the chains are.
///
/// Nullability is a reachability question: a component is nullable when it says so, or when it is a union and one
/// of its variants (through inline unions and decorators) is nullable or names a nullable component. The
/// components that are nullable by themselves are found first; nullability then spreads backwards along the
/// variant edges, each component once. So the answer is exact on cycles of unions, and linear.
struct ComponentFacts {
    /// The components a value of which may be null.
    private(set) var nullable: Set<String> = []
    /// The concrete schema behind each component, when there is one (no loop, no missing target).
    private(set) var concrete: [String: Schema] = [:]
    /// The `default` of each component that has one, on itself or on the schema it stands for.
    private(set) var defaults: [String: JSONValue] = [:]

    /// One step of a walk inside a schema: the answer, or the component the walk continues in.
    enum Step<Answer> {
        case answer(Answer?)
        case component(String)
    }

    /// No facts: no component is nullable, none has a concrete schema or a default.
    init() {}

    /// The facts of `components`, counting every schema visited in `counters`.
    init(components: [String: Referable<Schema>], counters: inout AnalysisCounters) {
        concrete = Self.chains(components, .concreteSchemas, &counters, step: Self.concreteStep)
        defaults = Self.chains(components, .defaults, &counters, step: Self.defaultStep)
        nullable = Self.nullableComponents(components, &counters)
    }

    // MARK: - Chains

    /// For every component, the answer at the end of its chain; `step` walks inside one schema.
    private static func chains<Answer>(
        _ components: [String: Referable<Schema>], _ analysis: AnalysisCounters.Analysis, _ counters: inout AnalysisCounters,
        step: (Referable<Schema>, inout AnalysisCounters) -> Step<Answer>
    ) -> [String: Answer] {
        var answers: [String: Answer] = [:]
        var finished: Set<String> = []  // black
        for name in components.keys.sorted() where !finished.contains(name) {
            var path: [String] = []
            var onPath: Set<String> = []  // grey
            var current = name
            var answer: Answer?
            while true {
                counters.count(analysis)
                if finished.contains(current) {
                    answer = answers[current]
                    break
                }
                guard onPath.insert(current).inserted, let target = components[current] else { break }  // a loop or a miss
                path.append(current)
                switch step(target, &counters) {
                case .answer(let found):
                    answer = found
                case .component(let next):
                    current = next
                    continue
                }
                break
            }
            for component in path {
                answers[component] = answer
                finished.insert(component)
            }
        }
        return answers
    }

    /// The concrete schema of `referable` unless it is (or decorates) a reference to a component.
    static func concreteStep(_ referable: Referable<Schema>, _ counters: inout AnalysisCounters) -> Step<Schema> {
        var current = referable
        while true {
            counters.count(.concreteSchemas)
            switch current {
            case .reference(let reference):
                guard let name = reference.componentName(in: "schemas") else { return .answer(nil) }
                return .component(name)
            case .value(let schema):
                guard isDecorator(schema) else { return .answer(schema) }
                current = schema.allOf[0]
            }
        }
    }

    /// The `default` on `referable` or on the decorated schema, unless the walk reaches a component first.
    static func defaultStep(_ referable: Referable<Schema>, _ counters: inout AnalysisCounters) -> Step<JSONValue> {
        var current = referable
        while true {
            counters.count(.defaults)
            switch current {
            case .reference(let reference):
                guard let name = reference.componentName(in: "schemas") else { return .answer(nil) }
                return .component(name)
            case .value(let schema):
                if let value = schema.defaultValue { return .answer(value) }
                guard isDecorator(schema) else { return .answer(nil) }
                current = schema.allOf[0]
            }
        }
    }

    // MARK: - Nullability

    /// The nullable components: those nullable by themselves, then every union reaching one through its variants.
    private static func nullableComponents(_ components: [String: Referable<Schema>], _ counters: inout AnalysisCounters) -> Set<String> {
        var nullable: Set<String> = []
        var pending: [String] = []
        var reachedFrom: [String: [String]] = [:]  // component → the unions that name it among their variants
        for name in components.keys.sorted() {
            counters.count(.nullability)
            // A `$ref` to a component that only aliases another one is not followed (`{$ref}` alone cannot be null).
            guard case .value(let schema)? = components[name] else { continue }
            var seed = schema.nullable
            if !seed, isUnion(schema) {
                let reach = inlineNullability(.value(schema), &counters)
                seed = reach.isNullable
                for component in reach.components { reachedFrom[component, default: []].append(name) }
            }
            if seed, nullable.insert(name).inserted { pending.append(name) }
        }
        while let next = pending.popLast() {
            for union in reachedFrom[next] ?? [] {
                counters.count(.nullability)
                if nullable.insert(union).inserted { pending.append(union) }
            }
        }
        return nullable
    }

    /// Whether `referable` is nullable without leaving it (`nullable` on it, on what it decorates, or on an inline
    /// variant), and the components its variants and decorations name, whose nullability decides the rest.
    static func inlineNullability(_ referable: Referable<Schema>, _ counters: inout AnalysisCounters) -> (isNullable: Bool, components: [String]) {
        var components: [String] = []
        var pending = [referable]
        while let next = pending.popLast() {
            counters.count(.nullability)
            switch next {
            case .reference(let reference):
                if let name = reference.componentName(in: "schemas") { components.append(name) }
            case .value(let schema):
                if schema.nullable { return (true, components) }
                if isDecorator(schema) {
                    pending.append(schema.allOf[0])
                } else if isUnion(schema) {
                    pending += variants(schema).reversed()
                }
            }
        }
        return (false, components)
    }

    // MARK: - Shapes

    /// `allOf` with one member and no properties: the member's type, with sibling keywords (`nullable`, docs).
    static func isDecorator(_ schema: Schema) -> Bool {
        schema.allOf.count == 1 && schema.properties.isEmpty
    }

    /// Whether the schema is a `oneOf` or `anyOf`.
    static func isUnion(_ schema: Schema) -> Bool {
        !schema.oneOf.isEmpty || !schema.anyOf.isEmpty
    }

    /// The variants of a union: `oneOf` if present, else `anyOf`.
    static func variants(_ schema: Schema) -> [Referable<Schema>] {
        schema.oneOf.isEmpty ? schema.anyOf : schema.oneOf
    }
}
