#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Lowers resolved operations into client `Endpoint`s: method names, arguments, body, success and error types.
extension APIModelBuilder {
    /// The endpoints of every operation, in document order, each with its parameters in document order. Method
    /// names are made unique in `Operation.stableOrder`, so a clash is settled the same however the file is laid out.
    mutating func lowerEndpoints() -> [Endpoint] {
        var methodNames: NameSet = ["init", "server", "executor"]
        var names: [String] = Array(repeating: "", count: document.operations.count)
        for index in Operation.stableOrder(document.operations.map(\.operation)) {
            let op = document.operations[index].operation
            names[index] = SwiftName.unique(SwiftName.memberName(Self.operationID(op)), in: &methodNames)
        }
        var endpoints: [Endpoint] = []
        for (operation, methodName) in zip(document.operations, names) {
            let op = operation.operation
            let operationID = Self.operationID(op)
            let typePrefix = SwiftName.typeName(methodName)
            var argumentNames: Set<String> = ["body", "request", "response"]
            var parameters: [EndpointParameter] = []
            for parameter in operation.parameters {
                if let lowered = lowerParameter(parameter, typePrefix: typePrefix, names: &argumentNames) { parameters.append(lowered) }
            }
            let path = pathParts(op, parameters: parameters)
            var endpoint = Endpoint(
                operationID: operationID, methodName: methodName, httpMethod: op.method.rawValue.uppercased(), path: path,
                pathTemplate: op.path, summary: op.summary, doc: op.description, deprecated: op.deprecated,
                parameters: parameters, body: lowerRequestBody(operation.requestBody, typePrefix: typePrefix),
                success: lowerSuccess(operation.responses, typePrefix: typePrefix),
                errorType: lowerErrorType(operation.responses, typePrefix: typePrefix),
                security: operation.security.map { $0.schemeNames.compactMap { document.securitySchemes[$0] } },
                origin: SpecPlace(op.pointer)
            )
            (endpoint.responseHeaders, endpoint.responseHeadersTypeName) = lowerResponseHeaders(operation.responses, typePrefix: typePrefix)
            endpoints.append(endpoint)
        }
        counters.count(.names, methodNames.tries)
        return namingSiblings(endpoints)
    }

    /// The `operationId`, or `get /path` for an operation without one.
    private static func operationID(_ operation: Operation) -> String {
        operation.operationID ?? "\(operation.method.rawValue) \(operation.path)"
    }

    private mutating func lowerParameter(_ parameter: Parameter, typePrefix: String, names: inout Set<String>) -> EndpointParameter? {
        guard let schema = parameter.schema else { return nil }
        var none: Scope?
        var type = typeRef(schema, suggested: typePrefix + SwiftName.typeName(parameter.name), scope: &none)
        let style = parameter.location == .query ? parameter.style.flatMap(QueryStyle.init(rawValue:)) ?? .form : .form
        let structured = parameter.location == .query && !isParameterType(type)
        if !structured && !isParameterType(type) {
            if parameter.required || parameter.location == .path || isUnion(type) {
                // A value that is text on the wire anyway (a oneOf of string and integer, say) is sent as the caller's text.
                reporter.warning("parameter '\(parameter.name)' has a \(type.swift) value, which cannot be sent in the \(parameter.location.rawValue) as such; it is taken as Swift.String", at: parameter.pointer)
                type = .string
            } else {
                reporter.warning("parameter '\(parameter.name)' has a \(type.swift) value, which cannot be sent in the \(parameter.location.rawValue) yet; it is left out", at: parameter.pointer)
                return nil
            }
        }
        return EndpointParameter(
            swiftName: SwiftName.unique(SwiftName.memberName(parameter.name), in: &names), name: parameter.name,
            location: parameter.location, type: type, required: parameter.required,
            explode: parameter.explode ?? (parameter.style == nil || parameter.style == "form"), doc: parameter.description,
            style: style, isStructured: structured, allowReserved: parameter.allowReserved, origin: SpecPlace(parameter.pointer)
        )
    }

    /// Whether a value of `type` can be written as a parameter: a scalar, a declared enum, a typealias of one, or
    /// an array of those (not of arrays). Typealiases are followed iteratively (a chain may be 10,000 long).
    func isParameterType(_ type: TypeRef) -> Bool {
        var current = type
        var seen: Set<String> = []
        while true {
            switch current {
            case .string, .int, .int32, .int64, .float, .double, .bool, .dateTime, .date:
                return true
            case .named(let name):
                guard seen.insert(name).inserted, let kind = declaredKinds[name] else { return false }
                switch kind {
                case .enumeration: return true
                case .alias(let target): current = target
                case .structure, .oneOf, .anyOf: return false
                }
            case .array(let element):
                guard element != .json, !isArray(element) else { return false }
                current = element
            default:
                return false
            }
        }
    }

    /// Whether `type` is free-form JSON or a `oneOf`/`anyOf` type.
    private func isUnion(_ type: TypeRef) -> Bool {
        if type == .json { return true }
        guard case .named(let name) = type, let kind = declaredKinds[name] else { return false }
        switch kind {
        case .oneOf, .anyOf: return true
        default: return false
        }
    }

    private func isArray(_ type: TypeRef) -> Bool {
        if case .array = type { return true }
        return false
    }

    private mutating func pathParts(_ operation: Operation, parameters: [EndpointParameter]) -> [PathPart] {
        var parts: [PathPart] = []
        var rest = Substring(operation.path)
        while let open = rest.firstIndex(of: "{") {
            if open > rest.startIndex { parts.append(.literal(String(rest[..<open]))) }
            guard let close = rest[open...].firstIndex(of: "}") else {
                reporter.error("the path template '\(operation.path)' has an unclosed '{'", at: operation.pointer)
                return parts
            }
            let name = String(rest[rest.index(after: open)..<close])
            if let parameter = parameters.first(where: { $0.location == .path && $0.name == name }) {
                parts.append(.parameter(parameter.swiftName))
            } else {
                reporter.error("the path template names '{\(name)}', but the operation declares no path parameter '\(name)'", at: operation.pointer)
            }
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.literal(String(rest))) }
        return parts
    }

    private mutating func lowerErrorType(_ responses: [ResolvedResponse], typePrefix: String) -> TypeRef {
        var types: [TypeRef] = []
        for response in responses where !response.status.hasPrefix("2") {
            guard let media = preferredMedia(response.response.content), Self.isJSON(media.contentType), let schema = media.schema else { continue }
            var none: Scope?
            let type = typeRef(schema, suggested: typePrefix + "Error", scope: &none)
            if !types.contains(type) { types.append(type) }
        }
        return types.count == 1 ? types[0] : .json
    }

    /// JSON first, then anything else, in media-type order.
    func preferredMedia(_ content: [MediaType]) -> MediaType? {
        content.first { Self.isJSON($0.contentType) } ?? content.first
    }

    /// `application/json`, `application/problem+json`, `application/json; charset=utf-8`, …
    static func isJSON(_ contentType: String) -> Bool {
        let base = baseMediaType(contentType)
        return base == "application/json" || base.hasSuffix("+json")
    }
}
