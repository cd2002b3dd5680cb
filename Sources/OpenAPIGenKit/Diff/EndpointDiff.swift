/// The endpoint half of `APIDiff`: methods added or removed, and their arguments, bodies and return types.
enum EndpointDiff {
    /// The changes between two endpoint lists, matched by method name (unsorted).
    static func compare(_ old: [Endpoint], _ new: [Endpoint], counters: inout AnalysisCounters) -> [APIChange] {
        counters.count(.diff, old.count + new.count + (old + new).reduce(0) { $0 + $1.parameters.count + $1.success.variants.count })
        let oldByName = Dictionary(old.map { ($0.methodName, $0) }, uniquingKeysWith: { first, _ in first })
        let newByName = Dictionary(new.map { ($0.methodName, $0) }, uniquingKeysWith: { first, _ in first })
        var changes: [APIChange] = []
        for (name, endpoint) in oldByName where newByName[name] == nil {
            changes.append(APIChange(.breaking, "Client.\(name)", "the method was removed (\(endpoint.httpMethod) \(endpoint.pathTemplate))"))
        }
        for (name, endpoint) in newByName where oldByName[name] == nil {
            changes.append(APIChange(.additive, "Client.\(name)", "a new method (\(endpoint.httpMethod) \(endpoint.pathTemplate))"))
        }
        for (name, before) in oldByName {
            guard let after = newByName[name] else { continue }
            changes += compare(before, after, subject: "Client.\(name)")
        }
        return changes
    }

    private static func compare(_ old: Endpoint, _ new: Endpoint, subject: String) -> [APIChange] {
        var changes: [APIChange] = []
        if old.httpMethod != new.httpMethod || old.pathTemplate != new.pathTemplate {
            changes.append(APIChange(.breaking, subject, "the request changed from \(old.httpMethod) \(old.pathTemplate) to \(new.httpMethod) \(new.pathTemplate)"))
        }
        changes += compareParameters(old.parameters, new.parameters, subject: subject)
        switch (old.body, new.body) {
        case (nil, let body?):
            changes.append(APIChange(body.required ? .breaking : .additive, subject, "\(body.required ? "a required" : "an optional") request body was added (\(body.type.swift))"))
        case (_?, nil):
            changes.append(APIChange(.breaking, subject, "the request body was removed"))
        case (let before?, let after?):
            if before.type != after.type {
                changes.append(APIChange(.breaking, subject, "the request body type changed from \(before.type.swift) to \(after.type.swift)"))
            } else if !before.required && after.required {
                changes.append(APIChange(.breaking, subject, "the request body is now required"))
            }
        case (nil, nil):
            break
        }
        let oldReturn = old.success.returnType?.swift ?? "Void", newReturn = new.success.returnType?.swift ?? "Void"
        if oldReturn != newReturn {
            changes.append(APIChange(.breaking, subject, "the return type changed from \(oldReturn) to \(newReturn)"))
        } else {
            changes += compareVariants(old.success.variants, new.success.variants, enumName: newReturn)
        }
        if old.errorType != new.errorType {
            changes.append(APIChange(.breaking, subject, "the error body changed from APIError<\(old.errorType.swift)> to APIError<\(new.errorType.swift)>"))
        }
        if !old.deprecated && new.deprecated {
            changes.append(APIChange(.additive, subject, "the method is now deprecated"))
        }
        return changes
    }

    /// The cases of a response enum (one per success status): removed, added or retyped cases.
    private static func compareVariants(_ old: [SuccessVariant], _ new: [SuccessVariant], enumName: String) -> [APIChange] {
        var changes: [APIChange] = []
        let newByName = Dictionary(new.map { ($0.caseName, $0) }, uniquingKeysWith: { first, _ in first })
        let oldNames = Set(old.map(\.caseName))
        for variant in old {
            guard let after = newByName[variant.caseName] else {
                changes.append(APIChange(.breaking, "\(enumName).\(variant.caseName)", "the case was removed (status \(variant.status))"))
                continue
            }
            let beforeType = variant.content?.body.valueType, afterType = after.content?.body.valueType
            if afterType != beforeType {
                let before = beforeType?.swift ?? "no value", now = afterType?.swift ?? "no value"
                changes.append(APIChange(.breaking, "\(enumName).\(variant.caseName)", "the associated value changed from \(before) to \(now)"))
            }
        }
        for variant in new where !oldNames.contains(variant.caseName) {
            changes.append(APIChange(.breaking, "\(enumName).\(variant.caseName)", "a new case (status \(variant.status)); exhaustive `switch` statements over \(enumName) must handle it"))
        }
        return changes
    }

    private static func compareParameters(_ old: [EndpointParameter], _ new: [EndpointParameter], subject: String) -> [APIChange] {
        var changes: [APIChange] = []
        let oldByName = Dictionary(old.map { ($0.swiftName, $0) }, uniquingKeysWith: { first, _ in first })
        let newByName = Dictionary(new.map { ($0.swiftName, $0) }, uniquingKeysWith: { first, _ in first })
        for parameter in old where newByName[parameter.swiftName] == nil {
            changes.append(APIChange(.breaking, subject, "the argument '\(parameter.swiftName)' was removed (\(parameter.location.rawValue) parameter '\(parameter.name)')"))
        }
        for parameter in new where oldByName[parameter.swiftName] == nil {
            let required = parameter.required || parameter.location == .path
            changes.append(APIChange(
                required ? .breaking : .additive, subject,
                "\(required ? "a required" : "an optional") argument '\(parameter.swiftName)' was added (\(parameter.location.rawValue) parameter '\(parameter.name)')"
            ))
        }
        for before in old {
            guard let after = newByName[before.swiftName] else { continue }
            if before.type != after.type {
                changes.append(APIChange(.breaking, subject, "the argument '\(before.swiftName)' changed type from \(before.type.swift) to \(after.type.swift)"))
            } else if !before.required && after.required {
                changes.append(APIChange(.breaking, subject, "the argument '\(before.swiftName)' is now required"))
            } else if before.required && !after.required {
                changes.append(APIChange(.additive, subject, "the argument '\(before.swiftName)' is now optional"))
            }
            if before.location != after.location || before.name != after.name {
                changes.append(APIChange(.breaking, subject, "the argument '\(before.swiftName)' is now sent as \(after.location.rawValue) parameter '\(after.name)' (was \(before.location.rawValue) '\(before.name)')"))
            }
        }
        let oldOrder = old.map(\.swiftName).filter { newByName[$0] != nil }
        let newOrder = new.map(\.swiftName).filter { oldByName[$0] != nil }
        if oldOrder != newOrder {
            changes.append(APIChange(.breaking, subject, "the arguments are in a new order: (\(newOrder.joined(separator: ", "))), was (\(oldOrder.joined(separator: ", ")))"))
        }
        return changes
    }
}
