/// The document after `RefResolver`: every `$ref` checked; references to parameters, responses, request
/// bodies and non-component schemas replaced by their targets; `allOf` flattened by `AllOfMerger`.
///
/// The only references left are `.reference` to `#/components/schemas/<name>`, each known to exist.
public struct ResolvedDocument: Hashable, Sendable {
    /// `info.title`.
    public var title: String
    /// `info.description`.
    public var description: String?
    /// `servers`.
    public var servers: [Server]
    /// Security schemes by name.
    public var securitySchemes: [String: SecuritySchemeDefinition]
    /// Component schemas, in document order.
    public var schemas: [NamedSchema]
    /// Operations, in document order (paths as listed, each path item's methods in its order).
    public var operations: [ResolvedOperation]
    /// Which file each node came from.
    public var origins: OriginMap
    /// The source files.
    public var files: [String]
    /// `webhooks` (OpenAPI 3.1), resolved like operations; their payloads become types, not client methods.
    public var webhooks: [ResolvedOperation] = []
}

/// A component schema and its name.
public struct NamedSchema: Hashable, Sendable {
    /// The component name, as in the document.
    public var name: String
    /// The normalized schema (a `.reference` when the component only aliases another one).
    public var schema: Referable<Schema>
}

/// An operation whose parameters, body and responses are concrete values.
public struct ResolvedOperation: Hashable, Sendable {
    /// The operation as parsed (its own `parameters`, `requestBody` and `responses` are not used after resolving).
    public var operation: Operation
    /// Path-item and operation parameters, the operation's replacing same name and location.
    public var parameters: [Parameter]
    /// The request body.
    public var requestBody: RequestBody?
    /// Responses by status key (`200`, `2XX`, `default`), in document order.
    public var responses: [ResolvedResponse]
    /// The requirements that apply: the operation's own or else the document's. Empty means no auth.
    public var security: [SecurityRequirement]
}

/// One response of an operation.
public struct ResolvedResponse: Hashable, Sendable {
    /// `200`, `2XX` or `default`.
    public var status: String
    /// The response.
    public var response: Response
}
