/// The type half of `APIDiff`: declarations added or removed, struct properties, enum cases and union variants.
enum TypeDiff {
    /// The changes between two sets of declarations keyed by qualified name (unsorted).
    static func compare(_ old: [String: TypeDecl], _ new: [String: TypeDecl], counters: inout AnalysisCounters) -> [APIChange] {
        var changes: [APIChange] = []
        counters.count(.diff, old.count + new.count)
        for (name, decl) in old where new[name] == nil {
            changes.append(APIChange(.breaking, name, "the \(kindName(decl.kind)) was removed"))
        }
        for (name, decl) in new where old[name] == nil {
            changes.append(APIChange(.additive, name, "a new \(kindName(decl.kind))"))
        }
        for (name, before) in old {
            guard let after = new[name] else { continue }
            counters.count(.diff, memberCount(before.kind) + memberCount(after.kind))
            changes += compare(before, after, name: name)
        }
        return changes
    }

    private static func compare(_ old: TypeDecl, _ new: TypeDecl, name: String) -> [APIChange] {
        if !old.deprecated && new.deprecated {
            return [APIChange(.additive, name, "the type is now deprecated")]
        }
        switch (old.kind, new.kind) {
        case (.structure(let before), .structure(let after)):
            return properties(before, after, owner: name)
        case (.anyOf(let before), .anyOf(let after)):
            return properties(before.members.map(\.property), after.members.map(\.property), owner: name)
        case (.enumeration(let before), .enumeration(let after)):
            var changes: [APIChange] = []
            if before.rawType != after.rawType {
                changes.append(APIChange(.breaking, name, "the raw type changed from \(before.rawType.swift) to \(after.rawType.swift)"))
            }
            changes += cases(before.cases.map(\.name), after.cases.map(\.name), owner: name)
            return changes
        case (.oneOf(let before), .oneOf(let after)):
            var changes = cases(before.cases.map(\.name), after.cases.map(\.name), owner: name)
            let afterTypes = Dictionary(after.cases.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
            for variant in before.cases {
                if let type = afterTypes[variant.name], type != variant.type {
                    changes.append(APIChange(.breaking, "\(name).\(variant.name)", "the associated value changed from \(variant.type.swift) to \(type.swift)"))
                }
            }
            return changes
        case (.alias(let before), .alias(let after)):
            return before == after ? [] : [APIChange(.breaking, name, "the typealias changed from \(before.swift) to \(after.swift)")]
        default:
            return [APIChange(.breaking, name, "the \(kindName(old.kind)) is now a \(kindName(new.kind))")]
        }
    }

    private static func properties(_ old: [Property], _ new: [Property], owner: String) -> [APIChange] {
        var changes: [APIChange] = []
        let oldByName = Dictionary(old.map { ($0.swiftName, $0) }, uniquingKeysWith: { first, _ in first })
        let newByName = Dictionary(new.map { ($0.swiftName, $0) }, uniquingKeysWith: { first, _ in first })
        for property in old where newByName[property.swiftName] == nil {
            changes.append(APIChange(.breaking, "\(owner).\(property.swiftName)", "the property was removed"))
        }
        for property in new where oldByName[property.swiftName] == nil {
            // A non-optional property without a default is a new argument of the memberwise `init` without a default.
            let required = !property.type.isOptional && property.defaultValue == nil && !property.isAdditionalProperties
            changes.append(APIChange(
                required ? .breaking : .additive, "\(owner).\(property.swiftName)",
                required ? "a new required property (\(property.type.swift)); `init` needs it" : "a new optional property (\(property.type.swift))"
            ))
        }
        for before in old {
            guard let after = newByName[before.swiftName] else { continue }
            let subject = "\(owner).\(before.swiftName)"
            if before.type != after.type {
                changes.append(APIChange(.breaking, subject, "the type changed from \(before.type.swift) to \(after.type.swift)"))
            }
            if before.jsonKey != after.jsonKey && !before.isAdditionalProperties {
                changes.append(APIChange(.breaking, subject, "the JSON key changed from '\(before.jsonKey)' to '\(after.jsonKey)'"))
            }
            if !before.deprecated && after.deprecated {
                changes.append(APIChange(.additive, subject, "the property is now deprecated"))
            }
        }
        return changes
    }

    private static func cases(_ old: [String], _ new: [String], owner: String) -> [APIChange] {
        var changes: [APIChange] = []
        let oldNames = Set(old), newNames = Set(new)
        for name in old where !newNames.contains(name) {
            changes.append(APIChange(.breaking, "\(owner).\(name)", "the case was removed"))
        }
        for name in new where !oldNames.contains(name) {
            changes.append(APIChange(.breaking, "\(owner).\(name)", "a new case; exhaustive `switch` statements over \(owner) must handle it"))
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
