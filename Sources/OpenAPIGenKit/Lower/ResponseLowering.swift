/// Lowers what a success response carries beyond one JSON body: text, several media types, streamed bodies
/// (server-sent events, JSON lines, JSON text sequences) and documented response headers.
extension APIModelBuilder {
    /// Whether `contentType` is read as it arrives: `text/event-stream`, `application/jsonl`,
    /// `application/x-ndjson`, `application/json-seq`.
    static func isStreamed(_ contentType: String) -> Bool {
        ["text/event-stream", "application/jsonl", "application/x-ndjson", "application/json-seq", "application/x-jsonlines"]
            .contains(baseMediaType(contentType))
    }

    /// `text/*` other than event streams: read as `Swift.String`.
    static func isText(_ contentType: String) -> Bool {
        let base = baseMediaType(contentType)
        return base.hasPrefix("text/") && !isStreamed(base)
    }

    /// The streamed body of `media`: the method returns an `AsyncThrowingStream` of events or values.
    mutating func streamedBody(_ media: MediaType, suggested: String) -> ResponseBody {
        var none: Scope?
        let element = media.schema.map { typeRef($0, suggested: suggested, scope: &none) }
        switch Self.baseMediaType(media.contentType) {
        case "text/event-stream": return .serverSentEvents(element == .string ? nil : element)
        case "application/json-seq": return .jsonSequence(element ?? .json)
        default: return .jsonLines(element ?? .json)
        }
    }

    /// The enum of a response documented with several media types: one case per type, JSON decoded, text as
    /// `Swift.String`, anything else as bytes.
    mutating func contentVariants(_ content: [MediaType], suggested: String) -> ResponseBody {
        let enumName = SwiftName.unique(suggested, in: &topLevelNames)
        var caseNames: Set<String> = []
        let variants = content.map { media -> ContentVariant in
            let base = Self.baseMediaType(media.contentType)
            let parts = base.split(separator: "/").map(String.init)
            var label = parts.count == 2 ? parts[1] : base
            if label.hasSuffix("+json") { label = String(label.dropLast(5)) }
            if label == "*" { label = parts.first == "*" ? "other" : (parts.first ?? "other") }
            let caseName = SwiftName.unique(SwiftName.memberName(label), in: &caseNames)
            let body: ResponseBody
            if Self.isJSON(media.contentType) {
                var none: Scope?
                body = .json(media.schema.map { typeRef($0, suggested: enumName + SwiftName.typeName(caseName), scope: &none) } ?? .json)
            } else {
                body = Self.isText(media.contentType) ? .text : .bytes
            }
            return ContentVariant(caseName: caseName, contentType: media.contentType, body: body)
        }
        return .contentTypes(enumName: enumName, variants)
    }

    /// The documented headers of the success responses, merged by name (the first status's wins), and the name of
    /// their struct; none when no success response documents a header.
    mutating func lowerResponseHeaders(_ responses: [ResolvedResponse], typePrefix: String) -> (fields: [ResponseHeaderField], typeName: String?) {
        let successes = responses.filter { $0.status.hasPrefix("2") }
            .sorted { SuccessResponse.statusOrder($0.status) < SuccessResponse.statusOrder($1.status) }
        var seen: Set<String> = []
        var names: Set<String> = ["init"]
        var fields: [ResponseHeaderField] = []
        for response in successes {
            for named in response.response.headers {
                guard case .value(let header) = named.header, seen.insert(named.name.lowercased()).inserted else { continue }
                var none: Scope?
                var type = TypeRef.string
                var typed = true
                if let schema = header.schema {
                    if Self.isInlineStructure(schema) {
                        typed = false
                    } else {
                        type = typeRef(schema, suggested: typePrefix + "Headers" + SwiftName.typeName(named.name), scope: &none)
                        typed = isParameterType(type)
                    }
                }
                fields.append(ResponseHeaderField(
                    swiftName: SwiftName.unique(SwiftName.memberName(named.name), in: &names), name: named.name,
                    type: typed ? type : .string, isTyped: typed, doc: header.description
                ))
            }
        }
        guard !fields.isEmpty else { return ([], nil) }
        return (fields, SwiftName.unique(typePrefix + "ResponseHeaders", in: &topLevelNames))
    }

    /// Whether `schema` is an inline object or union, which a header keeps as text (lowering it would declare
    /// a type nothing uses).
    static func isInlineStructure(_ schema: Referable<Schema>) -> Bool {
        guard case .value(let value) = schema else { return false }
        return value.type == "object" || !value.properties.isEmpty || !value.allOf.isEmpty || !value.oneOf.isEmpty || !value.anyOf.isEmpty
    }

    /// Whether `body` is read as `Foundation.Data`, which a `…Stream` method can deliver as it arrives.
    private static func isBytes(_ body: ResponseBody) -> Bool {
        switch body {
        case .bytes: return true
        case .json(let type): return type.unwrapped == .data
        case .text, .serverSentEvents, .jsonLines, .jsonSequence, .contentTypes: return false
        }
    }

    /// Names the `…Response` and `…Stream` methods, after every operation's own method is named, so that
    /// adding them never renames an operation's method.
    func namingSiblings(_ endpoints: [Endpoint]) -> [Endpoint] {
        var names = Set(endpoints.map(\.methodName)).union(["init", "server", "executor"])
        var named = endpoints
        // Clashes are settled in method-name order, so moving an operation in the file never renames a sibling.
        for index in endpoints.indices.sorted(by: { endpoints[$0].methodName < endpoints[$1].methodName }) {
            let endpoint = endpoints[index]
            named[index].responseMethodName = SwiftName.unique(endpoint.methodName + "Response", in: &names)
            if case .body(let content, _, _) = endpoint.success, Self.isBytes(content.body) {
                named[index].streamMethodName = SwiftName.unique(endpoint.methodName + "Stream", in: &names)
            }
        }
        return named
    }
}
