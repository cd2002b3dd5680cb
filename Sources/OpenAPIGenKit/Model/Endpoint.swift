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
