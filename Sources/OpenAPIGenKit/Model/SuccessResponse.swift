/// The documented success responses of an operation, by what its method returns. Each case carries only what
/// its shape needs.
public enum SuccessResponse: Hashable, Sendable {
    /// No success status has a body: the method returns `Void`. `statuses` is `["2XX"]` when the operation
    /// documents no success status at all.
    case noBody(statuses: [String], doc: String?)
    /// One body for every success status: the method returns it.
    case body(ResponseContent, statuses: [String], doc: String?)
    /// One body, next to statuses documented without one (`200` with a body, `204` without): the method returns
    /// the body as an optional, `nil` for `emptyStatuses`.
    case bodyOrNone(ResponseContent, statuses: [String], emptyStatuses: [String], doc: String?)
    /// Different bodies for different statuses: the method returns the enum `enumName` (declared in
    /// `Client.swift`) with one case per status, exact statuses first.
    case perStatus(enumName: String, variants: [SuccessVariant])

    /// Sort key for statuses: exact statuses in numeric order, then ranges (`2XX`), so that a range never hides
    /// an exact status in a `switch`.
    public static func statusOrder(_ status: String) -> (Int, String) {
        (Int(status) == nil ? 1 : 0, status)
    }

    /// The body every success status with a body returns (`.body` and `.bodyOrNone`); nil otherwise.
    public var body: ResponseBody? {
        switch self {
        case .body(let content, _, _), .bodyOrNone(let content, _, _, _): return content.body
        case .noBody, .perStatus: return nil
        }
    }

    /// The `Accept` header value of the request: the body's, or the media types of the per-status bodies in
    /// order; nil when no success status has a body.
    public var accept: String? {
        switch self {
        case .noBody: return nil
        case .body(let content, _, _), .bodyOrNone(let content, _, _, _): return content.accept
        case .perStatus(_, let variants):
            let accepted = variants.compactMap(\.content?.accept).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            return accepted.isEmpty ? nil : accepted.joined(separator: ", ")
        }
    }

    /// The cases of the per-status enum; empty for the other shapes.
    public var variants: [SuccessVariant] {
        if case .perStatus(_, let variants) = self { return variants }
        return []
    }

    /// The response with every type in it passed through `transform`.
    public func mapTypes(_ transform: (TypeRef) -> TypeRef) -> SuccessResponse {
        switch self {
        case .noBody:
            return self
        case .body(let content, let statuses, let doc):
            return .body(content.mapTypes(transform), statuses: statuses, doc: doc)
        case .bodyOrNone(let content, let statuses, let empty, let doc):
            return .bodyOrNone(content.mapTypes(transform), statuses: statuses, emptyStatuses: empty, doc: doc)
        case .perStatus(let name, let variants):
            return .perStatus(enumName: name, variants: variants.map { var v = $0; v.content = v.content?.mapTypes(transform); return v })
        }
    }
}

/// A success body and the `Accept` value that asks for it.
public struct ResponseContent: Hashable, Sendable {
    /// How the body is read.
    public var body: ResponseBody
    /// The `Accept` header value: the media type, or for several media types each with a `q` value.
    public var accept: String

    /// Creates a content.
    public init(body: ResponseBody, accept: String) {
        self.body = body
        self.accept = accept
    }

    /// The content with every type in it passed through `transform`.
    func mapTypes(_ transform: (TypeRef) -> TypeRef) -> ResponseContent {
        ResponseContent(body: body.mapTypes(transform), accept: accept)
    }
}

/// How a response body is read, and what value it gives.
public enum ResponseBody: Hashable, Sendable {
    /// One JSON value decoded as the type (optional when the schema is nullable).
    case json(TypeRef)
    /// `text/*` → `Swift.String`, in the charset of the response's `Content-Type`.
    case text
    /// Anything else → the raw bytes, `Foundation.Data`.
    case bytes
    /// `text/event-stream` → a stream of `ServerSentEvent`s whose data is decoded as the type (nil: kept as text).
    case serverSentEvents(TypeRef?)
    /// `application/jsonl`, `application/x-ndjson` → a stream of values, one per line.
    case jsonLines(TypeRef)
    /// `application/json-seq` → a stream of values, one per record (RFC 7464).
    case jsonSequence(TypeRef)
    /// Several documented media types: the enum `enumName` (declared in `Client.swift`) with one case per type.
    case contentTypes(enumName: String, [ContentVariant])

    /// The body with every type in it passed through `transform`.
    public func mapTypes(_ transform: (TypeRef) -> TypeRef) -> ResponseBody {
        switch self {
        case .text, .bytes: return self
        case .json(let type): return .json(transform(type))
        case .serverSentEvents(let payload): return .serverSentEvents(payload.map(transform))
        case .jsonLines(let value): return .jsonLines(transform(value))
        case .jsonSequence(let value): return .jsonSequence(transform(value))
        case .contentTypes(let name, let variants):
            return .contentTypes(enumName: name, variants.map { var v = $0; v.body = v.body.mapTypes(transform); return v })
        }
    }

    /// Whether the body is read as it arrives.
    public var isStreamed: Bool {
        switch self {
        case .serverSentEvents, .jsonLines, .jsonSequence: return true
        case .json, .text, .bytes, .contentTypes: return false
        }
    }
}

/// One documented media type of a response with several: a case of its content enum.
public struct ContentVariant: Hashable, Sendable {
    /// The case name, from the media type: `json`, `plainText`, `png`.
    public var caseName: String
    /// The media type: `application/json`, `image/*`.
    public var contentType: String
    /// The case's value: `.json` (the schema's type), `.text` or `.bytes`.
    public var body: ResponseBody

    /// Creates a variant.
    public init(caseName: String, contentType: String, body: ResponseBody) {
        self.caseName = caseName
        self.contentType = contentType
        self.body = body
    }
}

/// One success status of an operation whose success statuses have different bodies: a case of its response enum.
public struct SuccessVariant: Hashable, Sendable {
    /// The case name, from the status: `ok`, `created`, `noContent`, `status207`, `success` for `2XX`.
    public var caseName: String
    /// The status key: `201` or `2XX`.
    public var status: String
    /// The body (`.json`, `.text` or `.bytes`) and its media type; nil when the status has no body.
    public var content: ResponseContent?
    /// The response's description.
    public var doc: String?

    /// Creates a variant.
    public init(caseName: String, status: String, content: ResponseContent?, doc: String?) {
        self.caseName = caseName
        self.status = status
        self.content = content
        self.doc = doc
    }
}
