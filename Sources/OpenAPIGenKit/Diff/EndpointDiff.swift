/// The endpoint half of `APIDiff`: methods added or removed, and their arguments, bodies and return types. Each
/// change names the operation (`operation 'clustersGet' (GET /clusters)`) and points at the node concerned.
enum EndpointDiff {
    /// The changes between two endpoint lists, matched by method name (unsorted).
    static func compare(_ old: [Endpoint], _ new: [Endpoint], counters: inout AnalysisCounters) -> [APIChange] {
        counters.count(.diff, old.count + new.count + (old + new).reduce(0) { $0 + $1.parameters.count + $1.success.variants.count })
        let oldByName = Dictionary(old.map { ($0.methodName, $0) }, uniquingKeysWith: { first, _ in first })
        let newByName = Dictionary(new.map { ($0.methodName, $0) }, uniquingKeysWith: { first, _ in first })
        var changes: [APIChange] = []
        for (name, endpoint) in oldByName where newByName[name] == nil {
            changes.append(APIChange(
                .breaking, "Client.\(name)", "the method was removed (\(endpoint.httpMethod) \(endpoint.pathTemplate))",
                spec: SpecName.of(endpoint), at: endpoint.origin.pointer, in: .old
            ))
        }
        for (name, endpoint) in newByName where oldByName[name] == nil {
            changes.append(APIChange(
                .additive, "Client.\(name)", "a new method (\(endpoint.httpMethod) \(endpoint.pathTemplate))",
                spec: SpecName.of(endpoint), at: endpoint.origin.pointer
            ))
        }
        for (name, before) in oldByName {
            guard let after = newByName[name] else { continue }
            changes += compare(before, after, subject: "Client.\(name)")
        }
        return changes
    }

    /// One operation in both documents: where a change is, and what to call it.
    private struct Place {
        let old: Endpoint
        let new: Endpoint
        let subject: String

        /// A change of the operation as a whole, or of one of its parts (`request body`, `response 201`).
        func change(_ impact: APIChange.Impact, _ message: String, part: String? = nil, tokens: [String] = [], in side: APIChange.Side = .new, subject: String? = nil) -> APIChange {
            let endpoint = side == .old ? old : new
            let spec = [SpecName.of(endpoint), part].compactMap { $0 }.joined(separator: ", ")
            let pointer = endpoint.origin.pointer.map { JSONPointer($0.tokens + tokens) }
            return APIChange(impact, subject ?? self.subject, message, spec: spec, at: pointer, in: side)
        }

        /// A change of one parameter, pointing at its Parameter Object.
        func change(_ impact: APIChange.Impact, _ message: String, parameter: EndpointParameter, in side: APIChange.Side = .new) -> APIChange {
            let endpoint = side == .old ? old : new
            let spec = "\(SpecName.of(endpoint)), \(SpecName.of(parameter))"
            return APIChange(impact, subject, message, spec: spec, at: parameter.origin.pointer ?? endpoint.origin.pointer, in: side)
        }
    }

    private static func compare(_ old: Endpoint, _ new: Endpoint, subject: String) -> [APIChange] {
        let place = Place(old: old, new: new, subject: subject)
        var changes: [APIChange] = []
        if old.httpMethod != new.httpMethod || old.pathTemplate != new.pathTemplate {
            changes.append(place.change(.breaking, "the request changed from \(old.httpMethod) \(old.pathTemplate) to \(new.httpMethod) \(new.pathTemplate)"))
        }
        changes += compareParameters(place)
        switch (old.body, new.body) {
        case (nil, let body?):
            changes.append(place.change(
                body.required ? .breaking : .additive, "\(body.required ? "a required" : "an optional") request body was added (\(body.type.swift))",
                part: "request body", tokens: ["requestBody"]
            ))
        case (_?, nil):
            changes.append(place.change(.breaking, "the request body was removed", part: "request body", tokens: ["requestBody"], in: .old))
        case (let before?, let after?):
            if before.type != after.type {
                changes.append(place.change(.breaking, "the request body type changed from \(before.type.swift) to \(after.type.swift)", part: "request body", tokens: ["requestBody"]))
            } else if !before.required && after.required {
                changes.append(place.change(.breaking, "the request body is now required", part: "request body", tokens: ["requestBody", "required"]))
            }
        case (nil, nil):
            break
        }
        let oldReturn = old.success.returnType?.swift ?? "Void", newReturn = new.success.returnType?.swift ?? "Void"
        if oldReturn != newReturn {
            changes.append(place.change(.breaking, "the return type changed from \(oldReturn) to \(newReturn)", part: "responses", tokens: ["responses"]))
        } else {
            changes += compareVariants(place, enumName: newReturn)
        }
        if old.errorType != new.errorType {
            changes.append(place.change(.breaking, "the error body changed from APIError<\(old.errorType.swift)> to APIError<\(new.errorType.swift)>", part: "responses", tokens: ["responses"]))
        }
        if !old.deprecated && new.deprecated {
            changes.append(place.change(.additive, "the method is now deprecated", tokens: ["deprecated"]))
        }
        return changes
    }

    /// The cases of a response enum (one per success status): removed, added or retyped cases.
    private static func compareVariants(_ place: Place, enumName: String) -> [APIChange] {
        var changes: [APIChange] = []
        let newByName = Dictionary(place.new.success.variants.map { ($0.caseName, $0) }, uniquingKeysWith: { first, _ in first })
        let oldNames = Set(place.old.success.variants.map(\.caseName))
        for variant in place.old.success.variants {
            let subject = "\(enumName).\(variant.caseName)"
            guard let after = newByName[variant.caseName] else {
                changes.append(place.change(
                    .breaking, "the case was removed (status \(variant.status))",
                    part: "response \(variant.status)", tokens: ["responses", variant.status], in: .old, subject: subject
                ))
                continue
            }
            let beforeType = variant.content?.body.valueType, afterType = after.content?.body.valueType
            if afterType != beforeType {
                let before = beforeType?.swift ?? "no value", now = afterType?.swift ?? "no value"
                changes.append(place.change(
                    .breaking, "the associated value changed from \(before) to \(now)",
                    part: "response \(after.status)", tokens: ["responses", after.status], subject: subject
                ))
            }
        }
        for variant in place.new.success.variants where !oldNames.contains(variant.caseName) {
            changes.append(place.change(
                .breaking, "a new case (status \(variant.status)); exhaustive `switch` statements over \(enumName) must handle it",
                part: "response \(variant.status)", tokens: ["responses", variant.status], subject: "\(enumName).\(variant.caseName)"
            ))
        }
        return changes
    }

    private static func compareParameters(_ place: Place) -> [APIChange] {
        let old = place.old.parameters, new = place.new.parameters
        var changes: [APIChange] = []
        let oldByName = Dictionary(old.map { ($0.swiftName, $0) }, uniquingKeysWith: { first, _ in first })
        let newByName = Dictionary(new.map { ($0.swiftName, $0) }, uniquingKeysWith: { first, _ in first })
        for parameter in old where newByName[parameter.swiftName] == nil {
            changes.append(place.change(.breaking, "the argument '\(parameter.swiftName)' was removed (\(parameter.location.rawValue) parameter '\(parameter.name)')", parameter: parameter, in: .old))
        }
        for parameter in new where oldByName[parameter.swiftName] == nil {
            let required = parameter.required || parameter.location == .path
            changes.append(place.change(
                required ? .breaking : .additive,
                "\(required ? "a required" : "an optional") argument '\(parameter.swiftName)' was added (\(parameter.location.rawValue) parameter '\(parameter.name)')",
                parameter: parameter
            ))
        }
        for before in old {
            guard let after = newByName[before.swiftName] else { continue }
            if before.type != after.type {
                changes.append(place.change(.breaking, "the argument '\(before.swiftName)' changed type from \(before.type.swift) to \(after.type.swift)", parameter: after))
            } else if !before.required && after.required {
                changes.append(place.change(.breaking, "the argument '\(before.swiftName)' is now required", parameter: after))
            } else if before.required && !after.required {
                changes.append(place.change(.additive, "the argument '\(before.swiftName)' is now optional", parameter: after))
            }
            if before.location != after.location || before.name != after.name {
                changes.append(place.change(
                    .breaking, "the argument '\(before.swiftName)' is now sent as \(after.location.rawValue) parameter '\(after.name)' (was \(before.location.rawValue) '\(before.name)')",
                    parameter: after
                ))
            }
        }
        let oldOrder = old.map(\.swiftName).filter { newByName[$0] != nil }
        let newOrder = new.map(\.swiftName).filter { oldByName[$0] != nil }
        if oldOrder != newOrder {
            changes.append(place.change(
                .breaking, "the arguments are in a new order: (\(newOrder.joined(separator: ", "))), was (\(oldOrder.joined(separator: ", ")))",
                part: "parameters"
            ))
        }
        return changes
    }
}
