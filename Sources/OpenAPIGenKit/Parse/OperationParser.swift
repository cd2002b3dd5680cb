/// Parses Path Item, Operation, Parameter, Request Body and Response Objects
/// (https://spec.openapis.org/oas/v3.0.3#path-item-object).
extension NodeParser {
    /// Every operation of one path item, in the order the path item lists its methods, with the path item's
    /// parameters in front of the operation's.
    mutating func operations(path: String, _ value: JSONValue, at pointer: JSONPointer, documentSecurity: [SecurityRequirement]) -> [Operation] {
        guard let item = expectObject(value, "the path item '\(path)'", at: pointer) else { return [] }
        if item["$ref"] != nil {
            warning("a path item '$ref' is not supported; the path is skipped", at: pointer.appending("$ref"))
            return []
        }
        let shared = parameterList(item, at: pointer)
        var result: [Operation] = []
        for (key, raw) in item.members {
            guard let method = HTTPMethod(rawValue: key) else { continue }
            let opPointer = pointer.appending(method.rawValue)
            guard let object = expectObject(raw, "the operation", at: opPointer) else { continue }
            var operation = Operation(pointer: opPointer, path: path, method: method)
            operation.operationID = string(object, "operationId", at: opPointer)
            operation.summary = string(object, "summary", at: opPointer)
            operation.description = string(object, "description", at: opPointer)
            operation.deprecated = bool(object, "deprecated", at: opPointer) ?? false
            operation.tags = (array(object, "tags", at: opPointer) ?? []).compactMap(\.stringValue)
            let own = parameterList(object, at: opPointer)
            operation.parameters = shared + own
            if let body = object["requestBody"] {
                operation.requestBody = requestBody(body, at: opPointer.appending("requestBody"))
            }
            if let responses = self.object(object, "responses", at: opPointer) {
                let base = opPointer.appending("responses")
                operation.responses = responses.members.map { ($0.key, response($0.value, at: base.appending($0.key))) }
            } else if !isOpenAPI31 {
                // OpenAPI 3.1 makes `responses` optional: such an operation documents no response.
                error("the operation has no 'responses'", at: opPointer)
            }
            if object["security"] != nil {
                operation.security = securityRequirements(object, at: opPointer)
            }
            result.append(operation)
        }
        return result
    }

    /// `parameters` of a path item or operation.
    private mutating func parameterList(_ object: JSONObject, at pointer: JSONPointer) -> [Referable<Parameter>] {
        guard let list = array(object, "parameters", at: pointer) else { return [] }
        return list.enumerated().compactMap { parameter($0.element, at: pointer.appending("parameters").appending($0.offset)) }
    }

    /// A Parameter Object or a reference to one.
    mutating func parameter(_ value: JSONValue, at pointer: JSONPointer) -> Referable<Parameter>? {
        guard let object = expectObject(value, "a parameter", at: pointer) else { return nil }
        if let reference = describedReference(object, at: pointer) { return .reference(reference) }
        guard let name = string(object, "name", at: pointer) else {
            error("the parameter has no 'name'", at: pointer)
            return nil
        }
        guard let rawLocation = string(object, "in", at: pointer) else {
            error("the parameter '\(name)' has no 'in'", at: pointer)
            return nil
        }
        guard let location = ParameterLocation(rawValue: rawLocation) else {
            error("the parameter '\(name)' has 'in: \(rawLocation)'; expected path, query, header or cookie", at: pointer.appending("in"))
            return nil
        }
        var schema = schemaOrContentSchema(object, at: pointer)
        if schema == nil {
            let problem = object["content"] == nil ? "the parameter '\(name)' has neither 'schema' nor 'content'" : "the parameter '\(name)' has no schema in its 'content'"
            lenient(.parameterWithoutSchema, problem, assumed: "assumed a string", at: pointer)
            var string = Schema(pointer: pointer)
            string.type = "string"
            schema = .value(string)
        }
        let required = bool(object, "required", at: pointer) ?? false
        if location == .path, !required {
            warning("the path parameter '\(name)' must have 'required: true'; treated as required", at: pointer)
        }
        return .value(Parameter(
            pointer: pointer, name: name, location: location, required: required || location == .path,
            description: string(object, "description", at: pointer), deprecated: bool(object, "deprecated", at: pointer) ?? false,
            schema: schema, style: string(object, "style", at: pointer), explode: bool(object, "explode", at: pointer),
            allowReserved: location == .query && bool(object, "allowReserved", at: pointer) == true
        ))
    }

    /// A Request Body Object or a reference to one.
    mutating func requestBody(_ value: JSONValue, at pointer: JSONPointer) -> Referable<RequestBody>? {
        guard let object = expectObject(value, "the request body", at: pointer) else { return nil }
        if let reference = describedReference(object, at: pointer) { return .reference(reference) }
        return .value(RequestBody(
            pointer: pointer, description: string(object, "description", at: pointer),
            required: bool(object, "required", at: pointer) ?? false, content: mediaTypes(object, at: pointer)
        ))
    }

    /// A Response Object or a reference to one.
    mutating func response(_ value: JSONValue, at pointer: JSONPointer) -> Referable<Response> {
        guard let object = expectObject(value, "the response", at: pointer) else {
            return .value(Response(pointer: pointer, description: nil, content: []))
        }
        if let reference = describedReference(object, at: pointer) { return .reference(reference) }
        return .value(Response(
            pointer: pointer, description: string(object, "description", at: pointer), content: mediaTypes(object, at: pointer),
            headers: responseHeaders(object, at: pointer)
        ))
    }

    private mutating func mediaTypes(_ object: JSONObject, at pointer: JSONPointer) -> [MediaType] {
        guard let content = self.object(object, "content", at: pointer) else { return [] }
        return content.members.compactMap { key, value in
            let mediaPointer = pointer.appending("content").appending(key)
            guard let media = expectObject(value, "the media type '\(key)'", at: mediaPointer) else { return nil }
            let schema = media["schema"].map { self.schema($0, at: mediaPointer.appending("schema")) }
            var result = MediaType(pointer: mediaPointer, contentType: key, schema: schema)
            if let encodings = self.object(media, "encoding", at: mediaPointer) {
                for (name, value) in encodings.members {
                    let encodingPointer = mediaPointer.appending("encoding").appending(name)
                    guard let object = expectObject(value, "the encoding of '\(name)'", at: encodingPointer) else { continue }
                    result.encoding[name] = PropertyEncoding(
                        contentType: string(object, "contentType", at: encodingPointer), style: string(object, "style", at: encodingPointer),
                        explode: bool(object, "explode", at: encodingPointer),
                        headers: (self.object(object, "headers", at: encodingPointer)?.keys ?? []).sorted()
                    )
                }
            }
            return result
        }
    }

    /// `security` of the document or of an operation.
    mutating func securityRequirements(_ object: JSONObject, at pointer: JSONPointer) -> [SecurityRequirement] {
        guard let list = array(object, "security", at: pointer) else { return [] }
        return list.enumerated().compactMap { index, value in
            guard let requirement = expectObject(value, "a security requirement", at: pointer.appending("security").appending(index)) else { return nil }
            return SecurityRequirement(schemeNames: requirement.keys)
        }
    }
}
