/// Checks and follows every `$ref` in a parsed document (https://spec.openapis.org/oas/v3.0.3#reference-object)
/// and produces a `ResolvedDocument`.
///
/// Local references (`#/…`) are followed through the merged document; a reference that does not resolve,
/// a loop of references, and references to other files or URLs are error diagnostics at the `$ref`.
/// Mistakes with one sensible reading are lenient warnings (`Leniency`): undeclared security schemes and path
/// template variables (`OperationLeniency`), and `required`, `default`, `example` and `enum` values that do not
/// fit their schema (`SchemaValueChecks`).
public struct RefResolver {
    let document: OpenAPIDocument
    var context: NodeParser
    /// Normalized targets of references to non-component schemas, by `$ref` text. The target is the same
    /// wherever it is referenced from, so each is normalized once (documents whose inline references
    /// double at every level would otherwise take exponential time).
    var inlineCache: [String: Referable<Schema>] = [:]
    /// Each component schema normalized, by name (see `normalizeComponents`).
    var normalizedComponents: [String: Referable<Schema>] = [:]
    /// The concrete schema behind each component whose concrete schema was asked for (nil: a loop or a miss).
    var concreteComponents: [String: Schema?] = [:]
    /// The components being normalized, outermost first (`#/components/schemas/…`): the chain a loop reports.
    var componentsInProgress: [String] = []
    /// The schema visits of resolving.
    var counters = AnalysisCounters()

    /// A resolver for `document`, reporting with its origins and by its OpenAPI version.
    private init(_ document: OpenAPIDocument) {
        self.document = document
        context = NodeParser(origins: document.origins, isOpenAPI31: document.version.hasPrefix("3.1"))
    }

    /// Resolves `document`. Errors go to `diagnostics`; the result is still returned so that later
    /// findings can be collected, but the pipeline stops when errors were reported.
    public static func resolve(_ document: OpenAPIDocument, diagnostics: inout DiagnosticBag) -> ResolvedDocument {
        var counters = AnalysisCounters()
        return resolve(document, diagnostics: &diagnostics, counters: &counters)
    }

    /// Resolves `document`, counting the schemas each analysis visits in `counters`. With `checkingValues` false the
    /// literals inside schemas are not checked: the caller runs `valueChecks` itself (the pipeline runs them on
    /// another thread while it lowers).
    public static func resolve(_ document: OpenAPIDocument, diagnostics: inout DiagnosticBag, counters: inout AnalysisCounters, checkingValues: Bool = true) -> ResolvedDocument {
        var resolver = RefResolver(document)
        defer {
            diagnostics.append(contentsOf: resolver.context.diagnostics)
            counters.add(resolver.counters)
        }
        let resolved = resolver.run()
        if checkingValues { resolver.checkSchemaValues(schemas: resolved.schemas, operations: resolved.operations) }
        return resolved
    }

    /// The lenient findings about the literals inside the schemas of `resolved` (`SchemaValueChecks`), which was
    /// resolved from `document` with `checkingValues` false. They depend on nothing lowering does, and lowering on
    /// nothing they find: both only read the resolved document.
    static func valueChecks(of document: OpenAPIDocument, resolved: ResolvedDocument) -> DiagnosticBag {
        var resolver = RefResolver(document)
        resolver.checkSchemaValues(schemas: resolved.schemas, operations: resolved.operations)
        return resolver.context.diagnostics
    }

    private mutating func run() -> ResolvedDocument {
        let schemas = normalizeComponents()
        reportAliasLoops(schemas)
        var operations: [ResolvedOperation] = []
        for operation in document.operations { operations.append(resolveOperation(operation)) }
        reportUndeclaredSecuritySchemes()
        let webhooks = document.webhooks.map { resolveOperation($0) }
        return ResolvedDocument(
            title: document.title, description: document.description, servers: document.servers,
            securitySchemes: document.securitySchemes, schemas: schemas, operations: operations,
            origins: document.origins, files: document.files, webhooks: webhooks
        )
    }

    /// Reports components that only alias each other in a circle (`A: {$ref: B}`, `B: {$ref: A}`): one error at each
    /// member's `$ref`, naming the circle from there. Each component has at most one alias target, so following
    /// them from every component in name order, marking those on the current chain, finds every circle in one pass.
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
        var finished: Set<String> = []
        var circles: [[String]] = []
        for name in aliases.keys.sorted() where !finished.contains(name) {
            var chain: [String] = []
            var position: [String: Int] = [:]  // the components on the current chain
            var current = name
            while !finished.contains(current) {
                counters.count(.aliasLoops)
                if let start = position[current] {
                    circles.append(Array(chain[start...]))
                    break
                }
                position[current] = chain.count
                chain.append(current)
                guard let next = aliases[current]?.componentName(in: "schemas") else { break }
                current = next
            }
            finished.formUnion(chain)
        }
        var errors: [(name: String, reference: Reference, message: String)] = []
        for circle in circles {
            for (offset, member) in circle.enumerated() {
                counters.count(.aliasLoops)
                guard let reference = aliases[member] else { continue }
                let rotated = Array(circle[offset...] + circle[..<offset]) + [member]
                errors.append((member, reference, "reference loop: " + Self.chainText(rotated.map { "#/components/schemas/" + $0 })))
            }
        }
        for error in errors.sorted(by: { $0.name < $1.name }) { context.error(error.message, at: error.reference.pointer) }
    }

    /// `names` joined by arrows; a chain longer than 17 names shows its first and last 8, so that reporting every
    /// member of a long circle stays linear (a message is abbreviated to 1,000 characters anyway).
    static func chainText(_ names: [String]) -> String {
        guard names.count > 17 else { return names.joined(separator: " → ") }
        return (names.prefix(8) + ["… (\(names.count - 16) more)"] + names.suffix(8)).joined(separator: " → ")
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
            // Only the success statuses' headers are typed (in `…Response` methods); the others are not read, so that
            // a broken reference there (DigitalOcean has one) does not stop generation, as before headers were typed.
            response.headers = !status.hasPrefix("2") ? [] : response.headers.compactMap { named in
                guard var header = follow(named.header, section: "headers", parse: { $0.header($1, at: $2) }) else { return nil }
                header.schema = header.schema.map { normalize($0, visiting: []) }
                return NamedHeader(name: named.name, header: .value(header))
            }
            responses.append(ResolvedResponse(status: status, response: response))
        }
        parameters += implicitPathParameters(operation, declared: parameters)
        let requirements = operation.security ?? document.security
        return ResolvedOperation(operation: operation, parameters: parameters, requestBody: body, responses: responses, security: requirements)
    }

    private mutating func normalizeMedia(_ media: MediaType) -> MediaType {
        var media = media
        media.schema = media.schema.map { normalize($0, visiting: []) }
        return media
    }

    // MARK: - Following references

    /// Follows a chain of references to a parameter, response or request body, reporting loops and misses. The
    /// first `description` written next to a `$ref` of the chain (OpenAPI 3.1) replaces the target's.
    private mutating func follow<Value: ReferenceDescribed>(
        _ referable: Referable<Value>, section: String,
        parse: (inout NodeParser, JSONValue, JSONPointer) -> Referable<Value>?
    ) -> Value? {
        var current = referable
        var seen: [String] = []
        var description: String?
        var seenSet: Set<String> = []
        while true {
            switch current {
            case .value(var value):
                if let description { value.description = description }
                return value
            case .reference(let reference):
                description = description ?? reference.description
                guard let target = checkedTarget(reference) else { return nil }
                if !seenSet.insert(reference.raw).inserted {
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
            guard let name = reference.componentName(in: "schemas"), document.schemas[name] != nil else { return nil }
            return concreteComponent(name, via: reference)
        }
    }
}

/// What a `$ref` to it may describe anew: parameters, request bodies and responses.
protocol ReferenceDescribed {
    /// `description`.
    var description: String? { get set }
}

extension Parameter: ReferenceDescribed {}
extension RequestBody: ReferenceDescribed {}
extension Response: ReferenceDescribed {}
extension Header: ReferenceDescribed {}
