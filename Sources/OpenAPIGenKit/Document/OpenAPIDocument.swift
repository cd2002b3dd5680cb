/// A parsed OpenAPI 3.0.x document: typed, every node knowing its pointer, `$ref`s not yet resolved.
public struct OpenAPIDocument: Hashable, Sendable {
    /// `openapi`.
    public var version: String
    /// `info.title`.
    public var title: String
    /// `info.version`.
    public var apiVersion: String
    /// `info.description`.
    public var description: String?
    /// `servers`.
    public var servers: [Server]
    /// The document-wide `security`.
    public var security: [SecurityRequirement]
    /// `components.securitySchemes`, by name.
    public var securitySchemes: [String: SecuritySchemeDefinition]
    /// `components.schemas`, by name (`schemaNames` holds their document order).
    public var schemas: [String: Referable<Schema>]
    /// `components.parameters`, by name.
    public var parameters: [String: Referable<Parameter>]
    /// `components.requestBodies`, by name.
    public var requestBodies: [String: Referable<RequestBody>]
    /// `components.responses`, by name.
    public var responses: [String: Referable<Response>]
    /// Every operation in document order: paths as `paths` lists them, each path item's methods in its order.
    public var operations: [Operation]
    /// The raw merged JSON, for references to places other than components.
    public var raw: JSONValue
    /// Which file each node came from.
    public var origins: OriginMap
    /// The files this document was read from.
    public var files: [String]
    /// `webhooks` (OpenAPI 3.1): one operation per webhook and method; `path` holds the webhook's name.
    public var webhooks: [Operation] = []
    /// `info.summary` (OpenAPI 3.1).
    public var summary: String? = nil
    /// The names of `components.schemas`, in document order.
    public var schemaNames: [String] = []
}

/// A Server Object (https://spec.openapis.org/oas/v3.0.3#server-object).
public struct Server: Hashable, Sendable {
    /// `url`, possibly with `{variables}`.
    public var url: String
    /// `description`.
    public var description: String?
    /// `variables`: name → default value, in document order.
    public var variables: [(name: String, defaultValue: String, description: String?)]

    public static func == (lhs: Server, rhs: Server) -> Bool {
        lhs.url == rhs.url && lhs.description == rhs.description && lhs.variables.map(\.name) == rhs.variables.map(\.name)
            && lhs.variables.map(\.defaultValue) == rhs.variables.map(\.defaultValue)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(url)
    }
}

/// A Security Scheme Object (https://spec.openapis.org/oas/v3.0.3#security-scheme-object).
public enum SecuritySchemeDefinition: Hashable, Sendable {
    case httpBasic
    case httpBearer
    case apiKey(name: String, location: String)
    /// oauth2, openIdConnect, or an HTTP scheme other than basic and bearer: kept by name, applied as a bearer token.
    case other(type: String)
    /// `mutualTLS` (OpenAPI 3.1): the client certificate belongs to the transport; nothing is added to requests.
    case mutualTLS
}
