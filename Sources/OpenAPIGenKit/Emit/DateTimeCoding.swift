/// Which values of the generated types hold `date-time`s, so that the emitters code them through
/// `OpenAPIDateTime` (`DateTimeConversion`) instead of leaving them to the coder's date strategy: a
/// `Foundation.Date` inside arrays, dictionaries and optionals, and typealiases that stand for one
/// (`typealias Stamp = Foundation.Date`, `typealias Stamps = [Stamp]`), which are expanded.
///
/// Each typealias is followed once: its chain of aliases is walked iteratively (a chain may be thousands long) up
/// to an alias already known, and a loop of aliases, found by marking the chain, holds no date-time.
struct DateTimeCoding: Sendable {
    /// Each typealias that stands for a type holding a date-time, by its qualified name, with its target expanded.
    private let expansions: [String: TypeRef]

    /// The typealiases among `types` (nested ones included) that stand for a type holding a date-time.
    init(_ types: [TypeDecl]) {
        var targets: [String: TypeRef] = [:]
        for (name, decl) in types.byQualifiedName {
            if case .alias(let target) = decl.kind { targets[name] = target }
        }
        var expansions: [String: TypeRef] = [:]
        var resolved: Set<String> = []
        for start in targets.keys where !resolved.contains(start) {
            var chain: [String] = []
            var onChain: Set<String> = []
            var current = start
            var core: TypeRef?
            while true {
                if resolved.contains(current) {
                    core = expansions[current]
                    break
                }
                guard let target = targets[current], onChain.insert(current).inserted else { break }  // a loop of aliases
                chain.append(current)
                let leaf = Self.leaf(target)
                guard case .named(let next) = leaf, targets[next] != nil else {
                    core = leaf == .dateTime ? leaf : nil
                    break
                }
                current = next
            }
            for name in chain.reversed() {
                resolved.insert(name)
                guard let inner = core, let target = targets[name] else { continue }
                let expanded = Self.replacingLeaf(of: target, with: inner)
                expansions[name] = expanded
                core = expanded
            }
        }
        self.expansions = expansions
    }

    /// How a value of `type` is coded through `OpenAPIDateTime`, or nil when it holds no date-time.
    func conversion(_ type: TypeRef) -> DateTimeConversion? {
        switch Self.leaf(type) {
        case .dateTime:
            return DateTimeConversion(type: type)
        case .named(let name):
            return expansions[name].map { DateTimeConversion(type: Self.replacingLeaf(of: type, with: $0)) }
        default:
            return nil
        }
    }

    /// The type inside every array, dictionary and optional of `type`.
    private static func leaf(_ type: TypeRef) -> TypeRef {
        var current = type
        while true {
            switch current {
            case .array(let inner), .dictionary(let inner), .optional(let inner): current = inner
            default: return current
            }
        }
    }

    /// `type` with its leaf (see `leaf`) replaced by `replacement`.
    private static func replacingLeaf(of type: TypeRef, with replacement: TypeRef) -> TypeRef {
        switch type {
        case .array(let inner): return .array(replacingLeaf(of: inner, with: replacement))
        case .dictionary(let inner): return .dictionary(replacingLeaf(of: inner, with: replacement))
        case .optional(let inner): return .optional(replacingLeaf(of: inner, with: replacement))
        default: return replacement
        }
    }
}
