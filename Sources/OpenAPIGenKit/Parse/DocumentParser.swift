/// Turns a merged JSON document into a typed `OpenAPIDocument` (https://spec.openapis.org/oas/v3.0.3#openapi-object).
///
/// Checks the version first: OpenAPI 3.0.x is accepted; Swagger 2.0 and OpenAPI 3.1 are refused with one
/// diagnostic naming the version.
public enum DocumentParser {
    /// Parses `merged`; returns nil when the document cannot be used at all.
    public static func parse(_ merged: MergedDocument, diagnostics: inout DiagnosticBag) -> OpenAPIDocument? {
        var context = NodeParser(origins: merged.origins)
        defer { diagnostics.append(contentsOf: context.diagnostics) }
        guard let root = context.expectObject(merged.root, "the document", at: .root) else { return nil }
        if let swagger = root["swagger"] {
            context.error("this is a Swagger \(swagger.stringValue ?? "2.0") document; openapi-gen reads OpenAPI 3.0.x (convert it first)", at: JSONPointer(["swagger"]))
            return nil
        }
        guard let version = context.string(root, "openapi", at: .root) else {
            context.error("the document has no 'openapi' version; expected an OpenAPI 3.0.x document", at: .root)
            return nil
        }
        guard version.hasPrefix("3.0") || version.hasPrefix("3.1") else {
            context.error("OpenAPI \(version) is not supported; openapi-gen reads OpenAPI 3.0.x and 3.1.x documents", at: JSONPointer(["openapi"]))
            return nil
        }
        context.isOpenAPI31 = version.hasPrefix("3.1")
        if context.isOpenAPI31 { checkHeader31(root, context: &context) }
        let info = context.object(root, "info", at: .root)
        let infoPointer = JSONPointer(["info"])
        let documentSecurity = context.securityRequirements(root, at: .root)
        let components = context.object(root, "components", at: .root) ?? JSONObject()
        let componentsPointer = JSONPointer(["components"])

        func section(_ name: String) -> [(key: String, value: JSONValue)] {
            context.object(components, name, at: componentsPointer)?.members ?? []
        }
        var schemas: [String: Referable<Schema>] = [:]
        var schemaNames: [String] = []
        for (name, value) in section("schemas") {
            schemas[name] = context.schema(value, at: componentsPointer.appending("schemas").appending(name))
            schemaNames.append(name)
        }
        var parameters: [String: Referable<Parameter>] = [:]
        for (name, value) in section("parameters") {
            parameters[name] = context.parameter(value, at: componentsPointer.appending("parameters").appending(name))
        }
        var requestBodies: [String: Referable<RequestBody>] = [:]
        for (name, value) in section("requestBodies") {
            requestBodies[name] = context.requestBody(value, at: componentsPointer.appending("requestBodies").appending(name))
        }
        var responses: [String: Referable<Response>] = [:]
        for (name, value) in section("responses") {
            responses[name] = context.response(value, at: componentsPointer.appending("responses").appending(name))
        }
        var schemes: [String: SecuritySchemeDefinition] = [:]
        for (name, value) in section("securitySchemes") {
            let pointer = componentsPointer.appending("securitySchemes").appending(name)
            if let scheme = securityScheme(value, at: pointer, context: &context) { schemes[name] = scheme }
        }
        var operations: [Operation] = []
        if let paths = context.object(root, "paths", at: .root) {
            for (path, item) in paths.members {
                operations += pathItemOperations(path, item, at: JSONPointer(["paths", path]), root: merged.root, security: documentSecurity, context: &context)
            }
        } else if !context.isOpenAPI31 {
            context.error("the document has no 'paths'", at: .root)
        } else if root["webhooks"] == nil, root["components"] == nil {
            context.error("the document has none of 'paths', 'webhooks' and 'components'; OpenAPI 3.1 requires one", at: .root)
        }
        var webhooks: [Operation] = []
        if context.isOpenAPI31, let hooks = context.object(root, "webhooks", at: .root) {
            for (name, item) in hooks.members {
                webhooks += pathItemOperations(name, item, at: JSONPointer(["webhooks", name]), root: merged.root, security: documentSecurity, context: &context)
            }
        }
        deduplicateOperationIDs(&operations, context: &context)
        return OpenAPIDocument(
            version: version,
            title: info.flatMap { context.string($0, "title", at: infoPointer) } ?? "API",
            apiVersion: info.flatMap { context.string($0, "version", at: infoPointer) } ?? "",
            description: info.flatMap { context.string($0, "description", at: infoPointer) },
            servers: servers(root, context: &context), security: documentSecurity, securitySchemes: schemes,
            schemas: schemas, parameters: parameters, requestBodies: requestBodies, responses: responses,
            operations: operations, raw: merged.root, origins: merged.origins, files: merged.files,
            webhooks: webhooks, summary: info.flatMap { context.isOpenAPI31 ? context.string($0, "summary", at: infoPointer) : nil },
            schemaNames: schemaNames
        )
    }

    /// `operationId`s must be unique in the API (https://spec.openapis.org/oas/v3.0.3#operation-object). Each
    /// repeat is a lenient warning at its `operationId`, naming the first use, and is renamed `<id>_2`, `<id>_3`, …
    /// (the first suffix no operation uses). "Earlier" is paths sorted by their template, then methods in the
    /// order get, put, post, delete, options, head, patch, trace (`stableOrder`), not the document order of
    /// `operations`: it depends on the paths and methods only, not on how the file is laid out, so names are stable.
    private static func deduplicateOperationIDs(_ operations: inout [Operation], context: inout NodeParser) {
        var taken = Set(operations.compactMap(\.operationID))
        var first: [String: Operation] = [:]
        for index in Operation.stableOrder(operations) {
            let operation = operations[index]
            guard let id = operation.operationID else { continue }
            guard let earlier = first[id] else {
                first[id] = operation
                continue
            }
            var number = 2
            while taken.contains("\(id)_\(number)") { number += 1 }
            let renamed = "\(id)_\(number)"
            taken.insert(renamed)
            operations[index].operationID = renamed
            let earlierPointer = earlier.pointer.appending("operationId")
            let pointer = operation.pointer.appending("operationId")
            let earlierFile = context.origins.file(for: earlierPointer)
            let place = earlierFile == context.origins.file(for: pointer) ? "\(earlierPointer)" : "\(earlierFile) [\(earlierPointer)]"
            context.lenient(
                .duplicateOperationID, "duplicate operationId '\(id)': \(earlier.method.rawValue.uppercased()) \(earlier.path) already uses it at \(place)",
                assumed: "this one is named '\(renamed)'", at: pointer
            )
        }
    }

    private static func servers(_ root: JSONObject, context: inout NodeParser) -> [Server] {
        guard let list = context.array(root, "servers", at: .root) else { return [] }
        return list.enumerated().compactMap { index, value in
            let pointer = JSONPointer(["servers", String(index)])
            guard let object = context.expectObject(value, "a server", at: pointer),
                  let url = context.string(object, "url", at: pointer) else { return nil }
            let variables = (context.object(object, "variables", at: pointer)?.members ?? []).compactMap { name, value -> (String, String, String?)? in
                let variablePointer = pointer.appending("variables").appending(name)
                guard let variable = context.expectObject(value, "a server variable", at: variablePointer) else { return nil }
                guard let defaultValue = context.string(variable, "default", at: variablePointer) else {
                    context.error("the server variable '\(name)' has no 'default'", at: variablePointer)
                    return nil
                }
                return (name, defaultValue, context.string(variable, "description", at: variablePointer))
            }
            return Server(url: url, description: context.string(object, "description", at: pointer), variables: variables.map { ($0.0, $0.1, $0.2) })
        }
    }

    private static func securityScheme(_ value: JSONValue, at pointer: JSONPointer, context: inout NodeParser) -> SecuritySchemeDefinition? {
        guard let object = context.expectObject(value, "a security scheme", at: pointer) else { return nil }
        switch context.string(object, "type", at: pointer) {
        case "http":
            switch context.string(object, "scheme", at: pointer)?.lowercased() {
            case "basic": return .httpBasic
            case "bearer": return .httpBearer
            case let other: return .other(type: "http \(other ?? "")")
            }
        case "mutualTLS" where context.isOpenAPI31:
            context.warning("the mutualTLS scheme needs a client certificate, which the transport (URLSession) must present; the generated Auth adds nothing for it", at: pointer)
            return .mutualTLS
        case "apiKey":
            guard let name = context.string(object, "name", at: pointer), let location = context.string(object, "in", at: pointer),
                  ["header", "query", "cookie"].contains(location) else {
                context.error("the apiKey scheme needs 'name' and 'in' (header, query or cookie)", at: pointer)
                return nil
            }
            return .apiKey(name: name, location: location)
        case let type?:
            return .other(type: type)
        case nil:
            context.error("the security scheme has no 'type'", at: pointer)
            return nil
        }
    }
}
