/// The parts of the OpenAPI 3.1 Document Object that 3.0 does not have (https://spec.openapis.org/oas/v3.1.0#openapi-object):
/// `jsonSchemaDialect`, `info.summary`, `license.identifier`, and path items that are `$ref`s (to
/// `components/pathItems` or anywhere else in the document), in `paths` and in `webhooks`.
extension NodeParser {
    /// The `$ref` of a Reference Object to a parameter, request body or response, with the `description` next
    /// to it in a 3.1 document (https://spec.openapis.org/oas/v3.1.0#reference-object).
    mutating func describedReference(_ object: JSONObject, at pointer: JSONPointer) -> Reference? {
        guard var reference = reference(object, at: pointer) else { return nil }
        if isOpenAPI31 { reference.description = string(object, "description", at: pointer) }
        return reference
    }
}

extension DocumentParser {
    /// The dialect every 3.1 schema is read in unless `jsonSchemaDialect` or `$schema` says otherwise.
    static let baseDialect = "https://spec.openapis.org/oas/3.1/dialect/base"

    /// Checks the 3.1 header members; nothing there stops generation.
    static func checkHeader31(_ root: JSONObject, context: inout NodeParser) {
        if let dialect = context.string(root, "jsonSchemaDialect", at: .root), dialect != baseDialect {
            context.warning("jsonSchemaDialect is '\(dialect)'; openapi-gen reads schemas with the OpenAPI 3.1 base dialect (JSON Schema 2020-12 plus discriminator, xml, externalDocs and example)", at: JSONPointer(["jsonSchemaDialect"]))
        }
        let infoPointer = JSONPointer(["info"])
        guard let info = context.object(root, "info", at: .root) else { return }
        let licensePointer = infoPointer.appending("license")
        if let license = context.object(info, "license", at: infoPointer) {
            let identifier = context.string(license, "identifier", at: licensePointer)
            if identifier != nil, license["url"] != nil {
                context.warning("the license has both 'identifier' and 'url'; OpenAPI 3.1 allows one of them", at: licensePointer.appending("identifier"))
            }
        }
    }

    /// The operations of the path item (or webhook) `name`. In 3.1 a path item that is a `$ref` is followed,
    /// through further `$ref`s, to the path item it names; in 3.0 the operation parser skips it with a warning.
    static func pathItemOperations(
        _ name: String, _ item: JSONValue, at pointer: JSONPointer, root: JSONValue, security: [SecurityRequirement], context: inout NodeParser
    ) -> [Operation] {
        guard context.isOpenAPI31 else { return context.operations(path: name, item, at: pointer, documentSecurity: security) }
        var current = item
        var currentPointer = pointer
        var seen: [String] = []
        while case .object(let object) = current, object["$ref"] != nil {
            guard let reference = context.reference(object, at: currentPointer) else { return [] }
            if seen.contains(reference.raw) {
                context.error("reference loop: \((seen + [reference.raw]).joined(separator: " → "))", at: reference.pointer)
                return []
            }
            seen.append(reference.raw)
            guard let target = reference.localTarget, let value = root.value(at: target) else {
                context.error("unresolved reference '\(reference.raw)'", at: reference.pointer)
                return []
            }
            current = value
            currentPointer = target
        }
        return context.operations(path: name, current, at: currentPointer, documentSecurity: security)
    }
}
