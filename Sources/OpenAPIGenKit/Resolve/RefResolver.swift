/// Checks and follows every `$ref` in a parsed document (https://spec.openapis.org/oas/v3.0.3#reference-object)
/// and produces a `ResolvedDocument`.
///
/// Local references (`#/…`) are followed through the merged document; a reference that does not resolve,
/// a loop of references, and references to other files or URLs are error diagnostics at the `$ref`.
public struct RefResolver {
    let document: OpenAPIDocument
    var context: ParseContext
    /// Normalized targets of references to non-component schemas, by `$ref` text. The target is the same
    /// wherever it is referenced from, so each is normalized once (documents whose inline references
    /// double at every level would otherwise take exponential time).
    var inlineCache: [String: Referable<Schema>] = [:]

    /// Resolves `document`. Errors go to `diagnostics`; the result is still returned so that later
    /// findings can be collected, but the pipeline stops when errors were reported.
    public static func resolve(_ document: OpenAPIDocument, diagnostics: inout DiagnosticBag) -> ResolvedDocument {
        var resolver = RefResolver(document: document, context: ParseContext(origins: document.origins))
        defer { diagnostics.append(contentsOf: resolver.context.diagnostics) }
        return resolver.run()
    }

    private mutating func run() -> ResolvedDocument {
        let schemas = document.schemas.keys.sorted().compactMap { name -> NamedSchema? in
            guard let schema = document.schemas[name] else { return nil }
            return NamedSchema(name: name, schema: normalize(schema, visiting: ["#/components/schemas/" + name]))
        }
        reportAliasLoops(schemas)
        var operations: [ResolvedOperation] = []
        for operation in document.operations { operations.append(resolveOperation(operation)) }
        return ResolvedDocument(
            title: document.title, description: document.description, servers: document.servers,
            securitySchemes: document.securitySchemes, schemas: schemas, operations: operations,
            origins: document.origins, files: document.files
        )
    }

    /// Reports components that only alias each other in a circle (`A: {$ref: B}`, `B: {$ref: A}`).
    private mutating func reportAliasLoops(_ schemas: [NamedSchema]) {
        var aliases: [String: Reference] = [:]
        for named in schemas {
            switch named.schema {
            case .reference(let reference):
                aliases[named.name] = reference
            case .value(let schema) where schema.allOf.count == 1 && schema.properties.isEmpty:
                if case .reference(let reference) = schema.allOf[0] { aliases[named.name] = reference }
            default:
                break
            }
        }
        for name in aliases.keys.sorted() {
            var chain = [name]
            var current = name
            while let next = aliases[current]?.componentName(in: "schemas") {
                if next == name, let reference = aliases[name] {
                    context.error("reference loop: \((chain + [next]).map { "#/components/schemas/" + $0 }.joined(separator: " → "))", at: reference.pointer)
                    break
                }
                if chain.contains(next) { break }
                chain.append(next)
                current = next
            }
        }
    }

    private mutating func resolveOperation(_ operation: Operation) -> ResolvedOperation {
        var parameters: [Parameter] = []
        for referable in operation.parameters {
            guard var parameter = follow(referable, section: "parameters", parse: { $0.parameter($1, at: $2) }) else { continue }
            parameter.schema = parameter.schema.map { normalize($0, visiting: []) }
            parameters.removeAll { $0.name == parameter.name && $0.location == parameter.location }
            parameters.append(parameter)
        }
        var body: RequestBody?
        if let referable = operation.requestBody, var value = follow(referable, section: "requestBodies", parse: { $0.requestBody($1, at: $2) }) {
            for index in value.content.indices { value.content[index] = normalizeMedia(value.content[index]) }
            body = value
        }
        var responses: [ResolvedResponse] = []
        for (status, referable) in operation.responses {
            guard var response = follow(referable, section: "responses", parse: { $0.response($1, at: $2) }) else { continue }
            for index in response.content.indices { response.content[index] = normalizeMedia(response.content[index]) }
            response.headers = response.headers.compactMap { named in
                guard var header = follow(named.header, section: "headers", parse: { $0.header($1, at: $2) }) else { return nil }
                header.schema = header.schema.map { normalize($0, visiting: []) }
                return NamedHeader(name: named.name, header: .value(header))
            }
            responses.append(ResolvedResponse(status: status, response: response))
        }
        let requirements = operation.security ?? document.security
        for requirement in requirements {
            for name in requirement.schemeNames where document.securitySchemes[name] == nil {
                context.error("the security requirement names '\(name)', which is not in components.securitySchemes", at: operation.pointer)
            }
        }
        return ResolvedOperation(operation: operation, parameters: parameters, requestBody: body, responses: responses, security: requirements)
    }

    private mutating func normalizeMedia(_ media: MediaType) -> MediaType {
        var media = media
        media.schema = media.schema.map { normalize($0, visiting: []) }
        return media
    }

    // MARK: - Following references

    /// Follows a chain of references to a parameter, response or request body, reporting loops and misses.
    private mutating func follow<Value>(
        _ referable: Referable<Value>, section: String,
        parse: (inout ParseContext, JSONValue, JSONPointer) -> Referable<Value>?
    ) -> Value? {
        var current = referable
        var seen: [String] = []
        while true {
            switch current {
            case .value(let value):
                return value
            case .reference(let reference):
                guard let target = checkedTarget(reference) else { return nil }
                if seen.contains(reference.raw) {
                    context.error("reference loop: \((seen + [reference.raw]).joined(separator: " → "))", at: reference.pointer)
                    return nil
                }
                seen.append(reference.raw)
                guard let raw = document.raw.value(at: target), let next = parse(&context, raw, target) else {
                    context.error("unresolved reference '\(reference.raw)'", at: reference.pointer)
                    return nil
                }
                current = next
            }
        }
    }

    /// The local target of `reference`, or nil after reporting why it cannot be followed.
    mutating func checkedTarget(_ reference: Reference) -> JSONPointer? {
        if reference.raw.hasPrefix("http://") || reference.raw.hasPrefix("https://") {
            context.error("remote reference '\(reference.raw)' is not allowed; only references inside the spec folder are read", at: reference.pointer)
            return nil
        }
        guard let target = reference.localTarget else {
            context.error("reference '\(reference.raw)' points to another file that was not bundled", at: reference.pointer)
            return nil
        }
        guard document.raw.value(at: target) != nil else {
            context.error("unresolved reference '\(reference.raw)'", at: reference.pointer)
            return nil
        }
        return target
    }

    /// The concrete schema behind `referable`, following references (used by `allOf` merging).
    mutating func concreteSchema(_ referable: Referable<Schema>, visiting: [String]) -> Schema? {
        switch normalize(referable, visiting: visiting) {
        case .value(let schema):
            return schema
        case .reference(let reference):
            guard let name = reference.componentName(in: "schemas"), let target = document.schemas[name] else { return nil }
            if visiting.contains(reference.raw) {
                context.error("reference loop: \((visiting + [reference.raw]).joined(separator: " → "))", at: reference.pointer)
                return nil
            }
            return concreteSchema(target, visiting: visiting + [reference.raw])
        }
    }
}
