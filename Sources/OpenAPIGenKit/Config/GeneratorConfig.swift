/// The options of `openapi-gen.json`. Every key is optional.
///
/// ```json
/// { "name": "IonosPostgreSQL", "access": "public", "namespace": "Ionos",
///   "filter": { "tags": ["Backups"], "operations": [], "paths": [] },
///   "typeOverrides": { "ResourceId": "Swift.String" }, "strict": false,
///   "pagination": { "clustersGet": { "style": "offset", "limit": "limit", "offset": "offset", "items": "items" } } }
/// ```
public struct GeneratorConfig: Hashable, Sendable {
    /// The API's name, used in doc comments (the output folder and target come from the folder name).
    public var name: String?
    /// The access level of every generated declaration.
    public var access: AccessLevel = .public
    /// When set, every declaration is inside `public enum <namespace> {}`, so several APIs can share a target.
    public var namespace: String?
    /// Whether `Support.swift` carries the runtime (`embed`, the default) or imports the library `OpenAPIGenRuntime`.
    public var runtime: RuntimeMode = .embed
    /// Which operations to generate; empty lists select everything.
    public var filter = OperationFilter()
    /// Component schema name → Swift type used instead of generating one.
    public var typeOverrides: [String: String] = [:]
    /// operationId → how its pages are walked.
    public var pagination: [String: PaginationRule] = [:]
    /// Strict mode: mistakes that have one sensible reading (`Leniency`) are errors instead of warnings.
    public var strict = false

    /// The defaults: public, no namespace, everything generated.
    public init() {}
}

/// How a generated client gets its runtime: `embed` (a copy in `Support.swift`, so the client depends on nothing)
/// or `import` (the library product `OpenAPIGenRuntime` of this package, compiled once for every client that uses it).
public enum RuntimeMode: String, Hashable, Sendable, CaseIterable {
    case embed, `import`
}

/// `public`, `package` or `internal`.
public enum AccessLevel: String, Hashable, Sendable, CaseIterable {
    case `public`, `package`, `internal`
}

/// Selects operations by tag, operationId or path. An operation is kept when no list is given, or when it
/// matches any non-empty list.
public struct OperationFilter: Hashable, Sendable {
    /// Tags to keep.
    public var tags: [String] = []
    /// operationIds to keep.
    public var operations: [String] = []
    /// Path templates to keep (`/clusters/{clusterId}`).
    public var paths: [String] = []

    /// Whether the filter keeps everything.
    public var isEmpty: Bool { tags.isEmpty && operations.isEmpty && paths.isEmpty }

    /// Whether `operation` is kept.
    public func keeps(_ operation: Operation) -> Bool {
        if isEmpty { return true }
        if operation.tags.contains(where: tags.contains) { return true }
        if let id = operation.operationID, operations.contains(id) { return true }
        return paths.contains(operation.path)
    }
}

/// How a list operation pages: `offset` (limit/offset query parameters), `cursor` (a marker parameter
/// filled from a field of the previous page), `nextLink` (a URL in the response body) or `linkHeader` (the
/// `Link: <…>; rel="next"` response header).
public struct PaginationRule: Hashable, Sendable {
    /// `offset` or `cursor`.
    public var style: Style
    /// The query parameter holding the page size.
    public var limit: String
    /// For `offset`: the query parameter holding the offset.
    public var offset: String?
    /// For `cursor`: the query parameter holding the cursor.
    public var cursor: String?
    /// For `cursor`: the dotted path of the next cursor in the response (`meta.marker`).
    public var nextCursor: String?
    /// The dotted path of the array of items in the response (`items`).
    public var items: String
    /// For `cursor`: the dotted path of a boolean in the response that is `false` on the last page (`has_more`).
    /// When not given, a top-level boolean `has_more`, `hasMore`, `has_next`, `hasNext`, `has_next_page` or
    /// `hasNextPage` of the response is used.
    public var hasMore: String? = nil
    /// For `nextLink`: the dotted path of the next page's URL in the response (`links.next`).
    public var next: String? = nil

    /// The paging styles: `nextLink` follows a URL in the response body, `linkHeader` the `rel="next"` link of
    /// the `Link` response header.
    public enum Style: String, Hashable, Sendable, CaseIterable {
        case offset, cursor, nextLink, linkHeader
    }
}
