/// The runtime that every generated module carries in `Support.swift`: transport, request building, auth,
/// errors, date coding and `JSONValue`. It is the same text for every API.
///
/// The text is kept in parts, cut at its `// MARK: -` sections, so that no file gets too long.
enum SupportTemplate {
    /// The body of `Support.swift`, after the generated header and without imports. It has no leading or
    /// trailing newline.
    static let body: String = [
        transport, values, jsonValue, dates, composition, requests, executor, queryObjects, pagination, retry,
    ].joined(separator: "\n\n")

    /// HTTP messages, `HTTPTransport`, `URLSessionTransport`, `ClientMiddleware` and the authentication types.
    static let transport: String = #"""
    // MARK: - HTTP messages

    /// One HTTP header field. The name keeps the spelling it was given; lookups compare names case-insensitively.
    public struct HTTPHeaderField: Swift.Sendable, Swift.Hashable {
        /// The field name, such as `Content-Type`.
        public var name: Swift.String
        /// The field value.
        public var value: Swift.String

        /// Creates a header field.
        public init(name: Swift.String, value: Swift.String) {
            self.name = name
            self.value = value
        }

        /// The value of the first field in `fields` called `name`, compared case-insensitively.
        static func firstValue(in fields: [HTTPHeaderField], named name: Swift.String) -> Swift.String? {
            let key = name.lowercased()
            return fields.first { $0.name.lowercased() == key }?.value
        }

        /// Removes every field called `name` (compared case-insensitively) from `fields` and appends `name: value`.
        static func replaceValue(in fields: inout [HTTPHeaderField], named name: Swift.String, with value: Swift.String) {
            let key = name.lowercased()
            fields.removeAll { $0.name.lowercased() == key }
            fields.append(HTTPHeaderField(name: name, value: value))
        }
    }

    /// A request as middlewares and the transport see it.
    public struct HTTPRequest: Swift.Sendable, Swift.Hashable {
        /// The HTTP method, such as `GET`.
        public var method: Swift.String
        /// The absolute URL, query included.
        public var url: Foundation.URL
        /// The header fields, in the order they are sent.
        public var headerFields: [HTTPHeaderField]
        /// The body, or `nil` when the request has none.
        public var body: Foundation.Data?

        /// Creates a request.
        public init(
            method: Swift.String,
            url: Foundation.URL,
            headerFields: [HTTPHeaderField] = [],
            body: Foundation.Data? = nil
        ) {
            self.method = method
            self.url = url
            self.headerFields = headerFields
            self.body = body
        }

        /// The value of the first header field called `name`, compared case-insensitively; `nil` when there is none.
        public func value(forHeader name: Swift.String) -> Swift.String? {
            HTTPHeaderField.firstValue(in: headerFields, named: name)
        }
    }

    /// A response as the transport returns it, whatever its status code.
    public struct HTTPResponse: Swift.Sendable, Swift.Hashable {
        /// The HTTP status code, such as `200`.
        public var statusCode: Swift.Int
        /// The header fields.
        public var headerFields: [HTTPHeaderField]
        /// The body; empty when the response has none.
        public var body: Foundation.Data

        /// Creates a response.
        public init(
            statusCode: Swift.Int,
            headerFields: [HTTPHeaderField] = [],
            body: Foundation.Data = Foundation.Data()
        ) {
            self.statusCode = statusCode
            self.headerFields = headerFields
            self.body = body
        }

        /// The value of the first header field called `name`, compared case-insensitively; `nil` when there is none.
        public func value(forHeader name: Swift.String) -> Swift.String? {
            HTTPHeaderField.firstValue(in: headerFields, named: name)
        }
    }

    // MARK: - Transport and middleware

    /// Sends requests over the network. Generated clients use `URLSessionTransport` unless given another transport;
    /// tests can pass a stub.
    public protocol HTTPTransport: Swift.Sendable {
        /// Sends `request` and returns the response, whatever its status code. Throws only when no response arrived.
        func send(_ request: HTTPRequest) async throws -> HTTPResponse
    }

    /// An `HTTPTransport` that sends requests through a `URLSession`.
    public struct URLSessionTransport: HTTPTransport {
        #if canImport(FoundationNetworking)
        /// The session type: `URLSession` from FoundationNetworking.
        public typealias Session = FoundationNetworking.URLSession
        /// The platform's `URLRequest`.
        typealias PlatformRequest = FoundationNetworking.URLRequest
        /// The platform's `HTTPURLResponse`.
        typealias PlatformResponse = FoundationNetworking.HTTPURLResponse
        #else
        /// The session type: `URLSession` from Foundation.
        public typealias Session = Foundation.URLSession
        /// The platform's `URLRequest`.
        typealias PlatformRequest = Foundation.URLRequest
        /// The platform's `HTTPURLResponse`.
        typealias PlatformResponse = Foundation.HTTPURLResponse
        #endif

        /// The session that performs the requests.
        public let session: Session

        /// Creates a transport that sends requests through `session`.
        public init(session: Session = .shared) {
            self.session = session
        }

        /// Sends `request` through the session. The response's header fields are sorted by name.
        public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            var urlRequest = PlatformRequest(url: request.url)
            urlRequest.httpMethod = request.method
            for field in request.headerFields {
                urlRequest.addValue(field.value, forHTTPHeaderField: field.name)
            }
            urlRequest.httpBody = request.body
            let (data, response) = try await session.data(for: urlRequest)
            guard let httpResponse = response as? PlatformResponse else {
                throw Foundation.URLError(.badServerResponse)
            }
            var fields: [HTTPHeaderField] = []
            for (key, value) in httpResponse.allHeaderFields {
                guard let name = key as? Swift.String else { continue }
                let text = value as? Swift.String ?? Swift.String(describing: value)
                fields.append(HTTPHeaderField(name: name, value: text))
            }
            fields.sort { ($0.name.lowercased(), $0.value) < ($1.name.lowercased(), $1.value) }
            return HTTPResponse(statusCode: httpResponse.statusCode, headerFields: fields, body: data)
        }
    }

    /// Code that runs around every request of a client, in the order the middlewares were given: the first sees the
    /// request first and the response last. Use it for logging, retries, extra headers or metrics.
    public protocol ClientMiddleware: Swift.Sendable {
        /// Handles one request of the operation `operationID`. Call `next` with the request, changed or not, to pass it
        /// on to the next middleware or the transport, and return its response, changed or not.
        func intercept(
            _ request: HTTPRequest,
            operationID: Swift.String,
            next: @Sendable (HTTPRequest) async throws -> HTTPResponse
        ) async throws -> HTTPResponse
    }

    // MARK: - Authentication

    /// Credentials for the API. Where they go (header, query or cookie) follows the operation's security requirements.
    public enum Auth: Swift.Sendable, Swift.Hashable, Swift.CustomStringConvertible, Swift.CustomDebugStringConvertible,
        Swift.CustomReflectable
    {
        /// HTTP Basic authentication: `Authorization: Basic base64(username:password)`.
        case basic(username: Swift.String, password: Swift.String)
        /// A bearer token: `Authorization: Bearer <token>`.
        case bearer(Swift.String)
        /// An API key, sent as is in the header, query item or cookie that the API names.
        case apiKey(Swift.String)

        /// A description that never shows the secret, such as `Auth.basic(username: "u", password: <redacted>)`.
        public var description: Swift.String {
            switch self {
            case .basic(let username, _): "Auth.basic(username: \(username.debugDescription), password: <redacted>)"
            case .bearer: "Auth.bearer(<redacted>)"
            case .apiKey: "Auth.apiKey(<redacted>)"
            }
        }

        /// The same as `description`.
        public var debugDescription: Swift.String {
            description
        }

        /// A mirror without children, so that `dump` does not show the secret either.
        public var customMirror: Swift.Mirror {
            Swift.Mirror(self, children: [:], displayStyle: .enum)
        }
    }

    /// Where an API key is sent.
    public enum APIKeyLocation: Swift.Sendable, Swift.Hashable {
        /// In a request header.
        case header
        /// In a query item.
        case query
        /// In a cookie of the `Cookie` header.
        case cookie
    }

    /// A security scheme that an operation accepts, as declared under `components/securitySchemes`.
    public enum SecurityScheme: Swift.Sendable, Swift.Hashable {
        /// HTTP Basic authentication (`type: http`, `scheme: basic`).
        case httpBasic
        /// HTTP Bearer authentication (`type: http`, `scheme: bearer`).
        case httpBearer
        /// An API key (`type: apiKey`) called `name`, sent in `location`.
        case apiKey(name: Swift.String, location: APIKeyLocation)
    }
    """#
}
