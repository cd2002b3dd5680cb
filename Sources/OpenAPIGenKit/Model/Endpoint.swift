/// One operation as a client method.
public struct Endpoint: Hashable, Sendable {
    /// `operationId` (or a name made from method and path), sent to middleware and in errors.
    public var operationID: String
    /// The Swift method name (unescaped).
    public var methodName: String
    /// `GET`, `POST`, …
    public var httpMethod: String
    /// The path template split into literal text and parameters.
    public var path: [PathPart]
    /// The path template as written, for docs.
    public var pathTemplate: String
    /// `summary`.
    public var summary: String?
    /// `description`.
    public var doc: String?
    /// `deprecated: true`.
    public var deprecated: Bool
    /// Parameters in the method's argument order: path, then required, then optional.
    public var parameters: [EndpointParameter]
    /// The request body, if any.
    public var body: EndpointBody?
    /// Success statuses (`200`, `2XX`) and what they return.
    public var success: SuccessResponse
    /// The type of the error body, carried by `APIError`.
    public var errorType: TypeRef
    /// Auth alternatives, each a list of schemes that apply together. Empty: no auth.
    public var security: [[SecuritySchemeDefinition]]
    /// The page-walking method generated next to this one, if the operation pages.
    public var pagination: Pagination? = nil
    /// The `…Response` method: the same request, returning the status, the typed headers and the body.
    public var responseMethodName: String = ""
    /// The documented response headers of the success statuses; empty when there are none.
    public var responseHeaders: [ResponseHeaderField] = []
    /// The struct of `responseHeaders` (declared in `Client.swift`); nil when there are none.
    public var responseHeadersTypeName: String? = nil
    /// The `…Stream` method of an operation whose success body is bytes: the body as it arrives.
    public var streamMethodName: String? = nil
    /// The operation in the document (`#/paths/~1clusters/get`), for `openapi-gen diff`.
    public var origin = SpecPlace()
}

/// A piece of a path template.
public enum PathPart: Hashable, Sendable {
    case literal(String)
    /// A path parameter, by its Swift argument name.
    case parameter(String)
}

/// A path, query, header or cookie parameter as a method argument.
public struct EndpointParameter: Hashable, Sendable {
    /// The argument name (unescaped).
    public var swiftName: String
    /// The name on the wire.
    public var name: String
    /// Where it goes.
    public var location: ParameterLocation
    /// The argument type, without `Optional`.
    public var type: TypeRef
    /// Whether the caller must pass it.
    public var required: Bool
    /// `explode` (form style defaults to true).
    public var explode: Bool
    /// The description.
    public var doc: String?
    /// How a query parameter is written (`style`); `.form` for other locations.
    public var style: QueryStyle = .form
    /// Whether the value is written from its JSON form (an object, a `oneOf`/`anyOf` value, free-form JSON or a
    /// dictionary), rather than as a scalar or an array of scalars. Only query parameters are.
    public var isStructured: Bool = false
    /// `allowReserved`: a query value's reserved characters (`:/?@!$'()*+,;=`) are sent as they are.
    public var allowReserved: Bool = false
    /// The Parameter Object in the document (a component's, when the operation refers to one), for `openapi-gen diff`.
    public var origin = SpecPlace()
}

/// The `style` of a query parameter (https://spec.openapis.org/oas/v3.0.3#style-values).
public enum QueryStyle: String, Hashable, Sendable {
    /// `name=a&name=b` or `name=a,b`; an object as `key=value` pairs or `name=key,value`.
    case form
    /// An array as `name=a%20b`.
    case spaceDelimited
    /// An array as `name=a|b`.
    case pipeDelimited
    /// An object as `name[key]=value`.
    case deepObject
}

/// What a request body is.
public struct EndpointBody: Hashable, Sendable {
    /// The argument type, without `Optional`.
    public var type: TypeRef
    /// Whether the caller must pass it.
    public var required: Bool
    /// The media type sent.
    public var contentType: String
    /// Whether the body is JSON-encoded (otherwise raw bytes).
    public var isJSON: Bool
    /// The description.
    public var doc: String?
    /// How the body is written; `.json` when `isJSON`.
    public var encoding: BodyEncoding = .json
    /// When the body documents several media types: one case per media type. `type` then names the enum of
    /// these cases (declared in `Client.swift`), and `encoding` and `contentType` are those of the first.
    public var alternatives: [BodyAlternative] = []
}

/// The documented success responses of an operation.
public struct SuccessResponse: Hashable, Sendable {
    /// Status keys: `200`, `201`, `2XX`.
    public var statuses: [String]
    /// The returned type; nil returns `Void`.
    public var type: TypeRef?
    /// Whether the body is JSON (otherwise raw bytes are returned).
    public var isJSON: Bool
    /// The media type to ask for.
    public var contentType: String?
    /// The response's description.
    public var doc: String?
    /// Statuses documented without a body, next to statuses with one: the method returns `nil` for them.
    public var emptyStatuses: [String] = []
    /// Sort key for statuses: exact statuses in numeric order, then ranges (`2XX`), so that a range never hides
    /// an exact status in a `switch`.
    public static func statusOrder(_ status: String) -> (Int, String) {
        (Int(status) == nil ? 1 : 0, status)
    }

    /// When the success statuses have different bodies: one case per status, exact statuses first. `type` then
    /// names the enum of these cases (declared in `Client.swift`), and `isJSON` is false.
    public var variants: [SuccessVariant] = []
    /// How the body is read when it is not plain JSON or bytes (as `isJSON` says); nil for those.
    public var kind: ResponseBodyKind? = nil
}

/// How a response body other than one JSON value or raw bytes is read.
public enum ResponseBodyKind: Hashable, Sendable {
    /// `text/*` → `Swift.String`, in the charset of the response's `Content-Type`.
    case text
    /// `text/event-stream` → a stream of `ServerSentEvent`s whose data is decoded as the type (nil: kept as text).
    case serverSentEvents(TypeRef?)
    /// `application/jsonl`, `application/x-ndjson` → a stream of values, one per line.
    case jsonLines(TypeRef)
    /// `application/json-seq` → a stream of values, one per record (RFC 7464).
    case jsonSequence(TypeRef)
    /// Several documented media types: an enum (named by the body type) with one case per media type.
    case contentTypes([ContentVariant])

    /// What the method returns for a streamed kind: `Swift.AsyncThrowingStream<Element, any Swift.Error>`, the
    /// element a `ServerSentEvent` for event streams; nil for the other kinds.
    public var streamType: TypeRef? {
        let element: String
        switch self {
        case .serverSentEvents(let payload): element = "ServerSentEvent<\((payload ?? .string).swift)>"
        case .jsonLines(let value), .jsonSequence(let value): element = value.swift
        case .text, .contentTypes: return nil
        }
        return .named("Swift.AsyncThrowingStream<\(element), any Swift.Error>")
    }

    /// The kind with every type in it passed through `transform`.
    public func mapTypes(_ transform: (TypeRef) -> TypeRef) -> ResponseBodyKind {
        switch self {
        case .text: return .text
        case .serverSentEvents(let payload): return .serverSentEvents(payload.map(transform))
        case .jsonLines(let value): return .jsonLines(transform(value))
        case .jsonSequence(let value): return .jsonSequence(transform(value))
        case .contentTypes(let variants): return .contentTypes(variants.map { var v = $0; v.type = transform(v.type); return v })
        }
    }

    /// Whether the body is read as it arrives.
    public var isStreamed: Bool {
        switch self {
        case .serverSentEvents, .jsonLines, .jsonSequence: return true
        case .text, .contentTypes: return false
        }
    }
}

/// One documented media type of a response with several: a case of its content enum.
public struct ContentVariant: Hashable, Sendable {
    /// The case name, from the media type: `json`, `plainText`, `png`.
    public var caseName: String
    /// The media type: `application/json`, `image/*`.
    public var contentType: String
    /// The case's value: the schema's type (JSON), `Swift.String` (text) or `Foundation.Data`.
    public var type: TypeRef
    /// Whether the value is decoded from JSON.
    public var isJSON: Bool
    /// Whether the value is text.
    public var isText: Bool
}

/// A documented response header, as a property of the operation's headers struct.
public struct ResponseHeaderField: Hashable, Sendable {
    /// The property name (unescaped).
    public var swiftName: String
    /// The header name on the wire.
    public var name: String
    /// The property type, without `Optional`: a scalar, an enum, an array of those (simple style), or
    /// `Swift.String` for anything else (the value as received).
    public var type: TypeRef
    /// Whether the type is read from text (false: the raw value is kept as `Swift.String`).
    public var isTyped: Bool
    /// `description`.
    public var doc: String?
}

/// One success status of an operation whose success statuses have different bodies: a case of its response enum.
public struct SuccessVariant: Hashable, Sendable {
    /// The case name, from the status: `ok`, `created`, `noContent`, `status207`, `success` for `2XX`.
    public var caseName: String
    /// The status key: `201` or `2XX`.
    public var status: String
    /// The body type; nil when the status has no body.
    public var type: TypeRef?
    /// Whether the body is JSON (otherwise raw bytes).
    public var isJSON: Bool
    /// The media type of the body.
    public var contentType: String?
    /// The response's description.
    public var doc: String?
    /// `.text` when the body is text; nil for JSON or bytes.
    public var kind: ResponseBodyKind? = nil
}
