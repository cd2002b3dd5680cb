/// Lowers the 2xx responses of an operation into what its client method returns.
///
/// - One body type for every success status (or no body at all): the method returns it (`Void` without one).
/// - One body type, and statuses without a body (`200` with a body, `204` without): the method returns an
///   optional, `nil` for the statuses without a body.
/// - Different bodies: the method returns an enum with one case per status (`created(Deployment)`,
///   `accepted(Message)`, `noContent`), declared in `Client.swift`.
extension APIModelBuilder {
    /// What the method of an operation with these responses returns, by the rules above.
    mutating func lowerSuccess(_ responses: [ResolvedResponse], typePrefix: String) -> SuccessResponse {
        let successes = responses.filter { $0.status.hasPrefix("2") }
        guard !successes.isEmpty else {
            return .noBody(statuses: ["2XX"], doc: nil)
        }
        let bodies = successes.map { (response: $0, media: preferredMedia($0.response.content)) }
        let withBody = bodies.filter { $0.media != nil }
        var distinctBodies: [String] = []
        for body in withBody {
            guard let media = body.media else { continue }
            let key = bodyKey(media)
            if !distinctBodies.contains(key) { distinctBodies.append(key) }
        }
        guard distinctBodies.count > 1 else {
            guard let first = withBody.first, let media = first.media else {
                return .noBody(statuses: successes.map(\.status), doc: successes.first?.response.description)
            }
            let empty = bodies.filter { $0.media == nil }.map(\.response.status)
            let statuses = withBody.map(\.response.status), doc = first.response.response.description
            let content = first.response.response.content
            let unstreamed = content.filter { !Self.isStreamed($0.contentType) }
            let whole = unstreamed.filter { Self.isJSON($0.contentType) } + unstreamed.filter { !Self.isJSON($0.contentType) }
            if empty.isEmpty, whole.count > 1, Set(withBody.map(\.response.response.pointer)).count == 1 {
                // Several media types for the one success body: an enum with a case per type.
                let body = contentVariants(whole, suggested: typePrefix + "Content")
                let accept = whole.enumerated().map { index, media in index == 0 ? media.contentType : media.contentType + ";q=" + Self.quality(index) }
                return .body(ResponseContent(body: body, accept: accept.joined(separator: ", ")), statuses: statuses, doc: doc)
            }
            if empty.isEmpty, whole.isEmpty, let streamed = content.first {
                let body = streamedBody(streamed, suggested: typePrefix + "Event")
                return .body(ResponseContent(body: body, accept: streamed.contentType), statuses: statuses, doc: doc)
            }
            let body = ResponseContent(body: bodyType(media, suggested: typePrefix + "Response"), accept: media.contentType)
            return empty.isEmpty ? .body(body, statuses: statuses, doc: doc) : .bodyOrNone(body, statuses: statuses, emptyStatuses: empty, doc: doc)
        }
        let enumName = SwiftName.unique(typePrefix + "Response", in: &topLevelNames)
        var caseNames: Set<String> = []
        let ordered = bodies.sorted { SuccessResponse.statusOrder($0.response.status) < SuccessResponse.statusOrder($1.response.status) }
        let variants = ordered.map { body -> SuccessVariant in
            let status = body.response.status
            let caseName = SwiftName.unique(Self.caseName(forStatus: status), in: &caseNames)
            let content = body.media.map { media in
                ResponseContent(body: bodyType(media, suggested: enumName + status.uppercased().filter { $0.isLetter || $0.isNumber }), accept: media.contentType)
            }
            return SuccessVariant(caseName: caseName, status: status, content: content, doc: body.response.response.description)
        }
        return .perStatus(enumName: enumName, variants: variants)
    }

    /// The body of one media type: JSON decoded as the schema's type (`JSONValue` without a schema; optional when
    /// nullable), text, else bytes.
    private mutating func bodyType(_ media: MediaType, suggested: String) -> ResponseBody {
        guard Self.isJSON(media.contentType) else { return Self.isText(media.contentType) ? .text : .bytes }
        var none: Scope?
        let type = media.schema.map { typeRef($0, suggested: suggested, scope: &none) } ?? .json
        var nullable = false
        if let schema = media.schema { nullable = isNullable(schema) }
        return .json(nullable ? type.optional : type)
    }

    /// What makes two bodies the same: JSON or not, and the referenced component or the inline schema's place.
    private func bodyKey(_ media: MediaType) -> String {
        let kind = Self.isJSON(media.contentType) ? "json" : Self.isText(media.contentType) ? "text" : "bytes"
        switch media.schema {
        case nil: return kind
        case .reference(let reference)?: return kind + " ref " + reference.raw
        case .value(let schema)?: return kind + " at " + schema.pointer.description
        }
    }

    /// The `q` value of the media type at `index` of an `Accept` list: 0.9, 0.8, … down to 0.1.
    static func quality(_ index: Int) -> String {
        "0.\(max(1, 10 - index))"
    }

    /// `ok` for 200, `created` for 201, …, `success` for `2XX`, `status299` for others.
    static func caseName(forStatus status: String) -> String {
        let names = [
            "200": "ok", "201": "created", "202": "accepted", "203": "nonAuthoritativeInformation", "204": "noContent",
            "205": "resetContent", "206": "partialContent", "207": "multiStatus", "208": "alreadyReported", "226": "imUsed",
        ]
        if let name = names[status] { return name }
        if status.uppercased() == "2XX" { return "success" }
        return "status" + status.filter { $0.isLetter || $0.isNumber }
    }
}
