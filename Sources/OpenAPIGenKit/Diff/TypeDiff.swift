/// The type half of `APIDiff`: declarations added or removed, struct properties, enum cases and union variants.
/// Each change names the schema and member as the spec writes them and points at them.
enum TypeDiff {
    /// The changes between two sets of declarations keyed by qualified name (unsorted).
    static func compare(_ old: [String: TypeDecl], _ new: [String: TypeDecl], counters: inout AnalysisCounters) -> [APIChange] {
        var changes: [APIChange] = []
        counters.count(.diff, old.count + new.count)
        for (name, decl) in old where new[name] == nil {
            changes.append(APIChange(.breaking, name, "the \(kindName(decl.kind)) was removed", spec: SpecName.of(decl.origin), at: decl.origin, in: .old))
        }
        for (name, decl) in new where old[name] == nil {
            changes.append(APIChange(.additive, name, "a new \(kindName(decl.kind))", spec: SpecName.of(decl.origin), at: decl.origin))
        }
        for (name, before) in old {
            guard let after = new[name] else { continue }
            counters.count(.diff, memberCount(before.kind) + memberCount(after.kind))
            changes += compare(Owner(name: name, old: before, new: after))
        }
        return changes
    }

    /// A declaration in both documents: makes changes of it or of its members with their spec names and pointers.
    private struct Owner {
        let name: String
        let old: TypeDecl
        let new: TypeDecl

        /// A change of the declaration itself.
        func change(_ impact: APIChange.Impact, _ message: String) -> APIChange {
            APIChange(impact, name, message, spec: SpecName.of(new.origin), at: new.origin)
        }

        /// A change of a member written at `pointer` (the declaration's own node when unknown).
        func change(_ impact: APIChange.Impact, member: String, _ message: String, at pointer: JSONPointer?, in side: APIChange.Side = .new) -> APIChange {
            let node = pointer ?? (side == .old ? old.origin : new.origin)
            return APIChange(impact, "\(name).\(member)", message, spec: SpecName.of(node), at: node, in: side)
        }

        /// A change of an enum case: the schema's name and the value, at the value in `enum`.
        func change(_ impact: APIChange.Impact, enumCase: EnumCase, _ message: String, in side: APIChange.Side = .new) -> APIChange {
            let owner = side == .old ? old.origin : new.origin
            return APIChange(
                impact, "\(name).\(enumCase.name)", message, spec: "\(SpecName.of(owner)), enum value \(LiteralRenderer.swift(enumCase.rawValue))",
                at: enumCase.origin.pointer ?? owner, in: side
            )
        }
    }

    private static func compare(_ owner: Owner) -> [APIChange] {
        if !owner.old.deprecated && owner.new.deprecated {
            return [owner.change(.additive, "the type is now deprecated")]
        }
        switch (owner.old.kind, owner.new.kind) {
        case (.structure(let before), .structure(let after)):
            return properties(before, after, owner: owner)
        case (.anyOf(let before), .anyOf(let after)):
            return properties(before.members.map(\.property), after.members.map(\.property), owner: owner)
        case (.enumeration(let before), .enumeration(let after)):
            var changes: [APIChange] = []
            if before.rawType != after.rawType {
                changes.append(owner.change(.breaking, "the raw type changed from \(before.rawType.swift) to \(after.rawType.swift)"))
            }
            let oldNames = Set(before.cases.map(\.name)), newNames = Set(after.cases.map(\.name))
            for enumCase in before.cases where !newNames.contains(enumCase.name) {
                changes.append(owner.change(.breaking, enumCase: enumCase, "the case was removed", in: .old))
            }
            for enumCase in after.cases where !oldNames.contains(enumCase.name) {
                changes.append(owner.change(.breaking, enumCase: enumCase, "a new case; exhaustive `switch` statements over \(owner.name) must handle it"))
            }
            return changes
        case (.oneOf(let before), .oneOf(let after)):
            var changes: [APIChange] = []
            let oldCases = Dictionary(before.cases.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
            let newCases = Dictionary(after.cases.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
            for variant in before.cases {
                guard let now = newCases[variant.name] else {
                    changes.append(owner.change(.breaking, member: variant.name, "the case was removed", at: variant.origin.pointer, in: .old))
                    continue
                }
                if now.type != variant.type {
                    changes.append(owner.change(.breaking, member: variant.name, "the associated value changed from \(variant.type.swift) to \(now.type.swift)", at: now.origin.pointer))
                }
            }
            for variant in after.cases where oldCases[variant.name] == nil {
                changes.append(owner.change(.breaking, member: variant.name, "a new case; exhaustive `switch` statements over \(owner.name) must handle it", at: variant.origin.pointer))
            }
            return changes
        case (.alias(let before), .alias(let after)):
            return before == after ? [] : [owner.change(.breaking, "the typealias changed from \(before.swift) to \(after.swift)")]
        default:
            return [owner.change(.breaking, "the \(kindName(owner.old.kind)) is now a \(kindName(owner.new.kind))")]
        }
    }

    private static func properties(_ old: [Property], _ new: [Property], owner: Owner) -> [APIChange] {
        var changes: [APIChange] = []
        let oldByName = Dictionary(old.map { ($0.swiftName, $0) }, uniquingKeysWith: { first, _ in first })
        let newByName = Dictionary(new.map { ($0.swiftName, $0) }, uniquingKeysWith: { first, _ in first })
        for property in old where newByName[property.swiftName] == nil {
            changes.append(owner.change(.breaking, member: property.swiftName, "the property was removed", at: property.origin.pointer, in: .old))
        }
        for property in new where oldByName[property.swiftName] == nil {
            // A non-optional property without a default is a new argument of the memberwise `init` without a default.
            let required = !property.type.isOptional && property.defaultValue == nil && !property.isAdditionalProperties
            changes.append(owner.change(
                required ? .breaking : .additive, member: property.swiftName,
                required ? "a new required property (\(property.type.swift)); `init` needs it" : "a new optional property (\(property.type.swift))",
                at: property.origin.pointer
            ))
        }
        for before in old {
            guard let after = newByName[before.swiftName] else { continue }
            if before.type != after.type {
                changes.append(owner.change(.breaking, member: before.swiftName, "the type changed from \(before.type.swift) to \(after.type.swift)", at: after.origin.pointer))
            }
            if before.jsonKey != after.jsonKey && !before.isAdditionalProperties {
                changes.append(owner.change(.breaking, member: before.swiftName, "the JSON key changed from '\(before.jsonKey)' to '\(after.jsonKey)'", at: after.origin.pointer))
            }
            if !before.deprecated && after.deprecated {
                changes.append(owner.change(.additive, member: before.swiftName, "the property is now deprecated", at: after.origin.pointer))
            }
        }
        return changes
    }

    /// The properties, cases or members of a declaration, as counted work.
    private static func memberCount(_ kind: TypeDecl.Kind) -> Int {
        switch kind {
        case .structure(let properties): return properties.count
        case .enumeration(let decl): return decl.cases.count
        case .oneOf(let decl): return decl.cases.count
        case .anyOf(let decl): return decl.members.count
        case .alias: return 1
        }
    }

    private static func kindName(_ kind: TypeDecl.Kind) -> String {
        switch kind {
        case .structure: return "struct"
        case .enumeration: return "enum"
        case .alias: return "typealias"
        case .oneOf: return "oneOf enum"
        case .anyOf: return "anyOf struct"
        }
    }
}
