/// An HTTP method an OpenAPI path item can hold.
public enum HTTPMethod: String, Hashable, Sendable, CaseIterable, Comparable {
    case get, put, post, delete, options, head, patch, trace

    public static func < (lhs: HTTPMethod, rhs: HTTPMethod) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// A Path Item Object's operation (https://spec.openapis.org/oas/v3.0.3#operation-object).
public struct Operation: Hashable, Sendable {
    /// Where the operation is: `#/paths/~1clusters/get`.
    public var pointer: JSONPointer
    /// The path template, `/clusters/{clusterId}`.
    public var path: String
    /// The method.
    public var method: HTTPMethod
    /// `operationId`.
    public var operationID: String?
    /// `summary`.
    public var summary: String?
    /// `description`.
    public var description: String?
    /// `deprecated: true`.
    public var deprecated = false
    /// `tags`.
    public var tags: [String] = []
    /// The path item's parameters followed by the operation's own (the operation's win on name and location).
    public var parameters: [Referable<Parameter>] = []
    /// `requestBody`.
    public var requestBody: Referable<RequestBody>?
    /// `responses`, in document order.
    public var responses: [(status: String, response: Referable<Response>)] = []
    /// `security`: nil when the operation inherits the document's.
    public var security: [SecurityRequirement]?

    public static func == (lhs: Operation, rhs: Operation) -> Bool {
        lhs.pointer == rhs.pointer && lhs.operationID == rhs.operationID && lhs.parameters == rhs.parameters
            && lhs.requestBody == rhs.requestBody && lhs.security == rhs.security
            && lhs.responses.map(\.status) == rhs.responses.map(\.status) && lhs.responses.map(\.response) == rhs.responses.map(\.response)
            && lhs.summary == rhs.summary && lhs.description == rhs.description && lhs.deprecated == rhs.deprecated && lhs.tags == rhs.tags
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(pointer)
    }
}

extension Operation {
    /// The positions of `operations` ordered by path template, then method (get, put, post, delete, options,
    /// head, patch, trace): an order that does not depend on how the document is laid out, for decisions that
    /// must not change when a file is reorganised (which of two clashing names gets the suffix).
    static func stableOrder(_ operations: [Operation]) -> [Int] {
        operations.indices.sorted { lhs, rhs in
            let (a, b) = (operations[lhs], operations[rhs])
            return a.path != b.path ? a.path < b.path : (a.method != b.method ? a.method < b.method : lhs < rhs)
        }
    }
}

/// Where a parameter goes.
public enum ParameterLocation: String, Hashable, Sendable {
    case path, query, header, cookie
}

/// A Parameter Object (https://spec.openapis.org/oas/v3.0.3#parameter-object).
public struct Parameter: Hashable, Sendable {
    /// Where the parameter is defined.
    public var pointer: JSONPointer
    /// `name`.
    public var name: String
    /// `in`.
    public var location: ParameterLocation
    /// `required` (always true for path parameters).
    public var required: Bool
    /// `description`.
    public var description: String?
    /// `deprecated`.
    public var deprecated = false
    /// `schema`, or the schema of the single `content` entry.
    public var schema: Referable<Schema>?
    /// `style`, if given.
    public var style: String?
    /// `explode`, if given.
    public var explode: Bool?
    /// `allowReserved` (query parameters only): reserved characters are sent without percent-encoding.
    public var allowReserved = false
}

/// A Request Body Object (https://spec.openapis.org/oas/v3.0.3#request-body-object).
public struct RequestBody: Hashable, Sendable {
    /// Where it is defined.
    public var pointer: JSONPointer
    /// `description`.
    public var description: String?
    /// `required`.
    public var required: Bool
    /// `content`, in document order.
    public var content: [MediaType]
}

/// A Response Object (https://spec.openapis.org/oas/v3.0.3#response-object).
public struct Response: Hashable, Sendable {
    /// Where it is defined.
    public var pointer: JSONPointer
    /// `description`.
    public var description: String?
    /// `content`, in document order.
    public var content: [MediaType]
    /// `headers`, sorted by name; after resolving, every one is a `.value`.
    public var headers: [NamedHeader] = []
}

/// One entry of a response's `headers`.
public struct NamedHeader: Hashable, Sendable {
    /// The header name, as written (`X-Rate-Limit`).
    public var name: String
    /// The Header Object, or a reference to one (`#/components/headers/…`).
    public var header: Referable<Header>
}

/// A Header Object (https://spec.openapis.org/oas/v3.0.3#header-object): a parameter without `name` and `in`.
public struct Header: Hashable, Sendable {
    /// Where it is defined.
    public var pointer: JSONPointer
    /// `description`.
    public var description: String?
    /// `required`.
    public var required: Bool
    /// `schema`, or the schema of the single `content` entry.
    public var schema: Referable<Schema>?
}

/// A Media Type Object under `content`.
public struct MediaType: Hashable, Sendable {
    /// Where it is defined.
    public var pointer: JSONPointer
    /// The media type key, `application/json`.
    public var contentType: String
    /// `schema`.
    public var schema: Referable<Schema>?
    /// `encoding`, by property name: how each property of a form or multipart body is written.
    public var encoding: [String: PropertyEncoding] = [:]
}

/// One Encoding Object (https://spec.openapis.org/oas/v3.0.3#encoding-object).
public struct PropertyEncoding: Hashable, Sendable {
    /// `contentType`.
    public var contentType: String?
    /// `style`.
    public var style: String?
    /// `explode`.
    public var explode: Bool?
    /// The names of `headers`, sorted: the part headers a multipart body documents.
    public var headers: [String] = []
}

/// One Security Requirement Object: every named scheme applies together.
public struct SecurityRequirement: Hashable, Sendable {
    /// Scheme names, in document order.
    public var schemeNames: [String]
}
