/// Parses the `headers` of a Response Object (https://spec.openapis.org/oas/v3.0.3#header-object).
extension NodeParser {
    /// The `headers` of a response, sorted by name (`Content-Type` is left out, as the specification says).
    mutating func responseHeaders(_ object: JSONObject, at pointer: JSONPointer) -> [NamedHeader] {
        guard let headers = self.object(object, "headers", at: pointer) else { return [] }
        let base = pointer.appending("headers")
        return headers.members.compactMap { name, value in
            guard name.lowercased() != "content-type", let header = header(value, at: base.appending(name)) else { return nil }
            return NamedHeader(name: name, header: header)
        }
    }

    /// The `schema` of a parameter or header, or else the schema of the first media type of its `content`.
    mutating func schemaOrContentSchema(_ object: JSONObject, at pointer: JSONPointer) -> Referable<Schema>? {
        if let raw = object["schema"] { return self.schema(raw, at: pointer.appending("schema")) }
        guard let content = self.object(object, "content", at: pointer), let first = content.members.first else { return nil }
        let mediaPointer = pointer.appending("content").appending(first.key)
        guard let media = expectObject(first.value, "a media type", at: mediaPointer), let raw = media["schema"] else { return nil }
        return self.schema(raw, at: mediaPointer.appending("schema"))
    }

    /// A Header Object or a reference to one.
    mutating func header(_ value: JSONValue, at pointer: JSONPointer) -> Referable<Header>? {
        guard let object = expectObject(value, "a header", at: pointer) else { return nil }
        if let reference = reference(object, at: pointer) { return .reference(reference) }
        let schema = schemaOrContentSchema(object, at: pointer)
        return .value(Header(
            pointer: pointer, description: string(object, "description", at: pointer),
            required: bool(object, "required", at: pointer) ?? false, schema: schema
        ))
    }
}
