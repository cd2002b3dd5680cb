import Foundation

/// Sends the requests of a generated client: adds the server URL and credentials, checks the headers, runs the
/// middlewares and the transport, and decodes responses.
@_spi(Generated) public struct RequestExecutor: Swift.Sendable, Swift.CustomReflectable {
    /// What a satisfied security scheme adds to a request.
    enum Credential: Swift.Sendable, Swift.Hashable {
        /// A header field.
        case header(name: Swift.String, value: Swift.String)
        /// A query item.
        case query(name: Swift.String, value: Swift.String)
        /// A cookie in the `Cookie` header.
        case cookie(name: Swift.String, value: Swift.String)
    }

    /// The server URL, such as `https://api.example.com/v1`.
    let serverURL: Swift.String
    /// The credentials, if any.
    let auth: Auth?
    /// The transport that sends the requests.
    var transport: any HTTPTransport
    /// The middlewares, outermost first.
    let middlewares: [any ClientMiddleware]
    /// The time limits of every call.
    private(set) var timeouts: Timeouts

    /// Creates an executor.
    @_spi(Generated) public init(
        serverURL: Swift.String,
        auth: Auth?,
        transport: any HTTPTransport,
        middlewares: [any ClientMiddleware],
        timeouts: Timeouts = .none
    ) {
        self.serverURL = serverURL
        self.auth = auth
        self.transport = transport
        self.middlewares = middlewares
        self.timeouts = timeouts
    }

    /// The same executor with other time limits.
    @_spi(Generated) public func withTimeouts(_ timeouts: Timeouts) -> RequestExecutor {
        var copy = self
        copy.timeouts = timeouts
        return copy
    }

    /// The server URL without credentials, the auth (which hides its secrets), the timeouts and the number of
    /// middlewares, so that `dump(client)` shows no secret.
    public var customMirror: Swift.Mirror {
        Swift.Mirror(
            self,
            children: [
                "serverURL": Redaction.url(serverURL), "auth": auth as Any, "timeouts": timeouts,
                "middlewares": middlewares.count,
            ]
        )
    }

    /// Completes `request` and sends it through the middlewares and the transport. `security` lists the accepted
    /// alternatives, each a list of schemes that must all be satisfied; see `credentials(for:auth:)`.
    @_spi(Generated) public func send(_ request: RequestBuilder, security: [[SecurityScheme]]) async throws -> HTTPResponse {
        var base = serverURL
        while base.hasSuffix("/") {
            base.removeLast()
        }
        guard let baseURL = Foundation.URL(string: base), baseURL.scheme?.isEmpty == false, baseURL.host != nil
        else { throw ClientError.invalidServerURL(serverURL) }
        if let failure = request.encodingFailure {
            throw ClientError.encodingFailed(operationID: request.operationID, description: failure)
        }
        let body: HTTPRequestBody?
        switch request.body {
        case .none:
            body = nil
        case .data(let data):
            body = .data(data)
        case .content(let content):
            body = content
        case .encodingFailed(let description):
            throw ClientError.encodingFailed(operationID: request.operationID, description: description)
        }
        var headerFields = request.headerFields
        var queryItems = request.queryItems
        var cookies: [Swift.String] = []
        var credentialQueryItems: [Swift.String] = []
        var sensitiveQueryNames: Swift.Set<Swift.String> = []
        for credential in Self.credentials(for: security, auth: auth) {
            switch credential {
            case .header(let name, let value):
                HTTPHeaderField.replaceValue(in: &headerFields, named: name, with: value)
            case .query(let name, let value):
                sensitiveQueryNames.insert(name)
                credentialQueryItems.append(
                    RequestBuilder.encodeQueryComponent(name) + "=" + RequestBuilder.encodeQueryComponent(value)
                )
            case .cookie(let name, let value):
                cookies.append(name + "=" + value)
            }
        }
        if !cookies.isEmpty {
            let existing = HTTPHeaderField.firstValue(in: headerFields, named: "Cookie").map { [$0] } ?? []
            HTTPHeaderField.replaceValue(in: &headerFields, named: "Cookie", with: (existing + cookies).joined(separator: "; "))
        }
        queryItems += credentialQueryItems
        var urlString = base + request.path
        if !queryItems.isEmpty {
            urlString += "?" + queryItems.joined(separator: "&")
        }
        guard var url = Foundation.URL(string: urlString) else {
            throw ClientError.invalidServerURL(serverURL)
        }
        if let link = request.followedLink {
            url = try PageLinks.target(link, server: baseURL, credentials: credentialQueryItems, operationID: request.operationID)
        }
        var httpRequest = HTTPRequest(method: request.method, url: url, headerFields: headerFields, content: body)
        httpRequest.sensitiveQueryNames = sensitiveQueryNames
        try Self.checkHeaderFields(httpRequest.headerFields)

        let transport = self.transport
        let operationID = request.operationID
        let timeouts = self.timeouts
        let secrets = Redaction.secrets(of: auth)
        let secretNames = sensitiveQueryNames
        let finalRequest = httpRequest
        var next: @Sendable (HTTPRequest) async throws -> HTTPResponse = { request in
            try Self.checkHeaderFields(request.headerFields)
            do {
                return try await Deadline.run(seconds: timeouts.request) { try await transport.send(request) }
            } catch let error as Swift.CancellationError {
                throw error
            } catch is Deadline.Expired {
                throw ClientError.timedOut(operationID: operationID, limit: .request, seconds: timeouts.request)
            } catch {
                if Swift.Task.isCancelled {
                    throw Swift.CancellationError()
                }
                if (error as? Foundation.URLError)?.code == .timedOut {
                    throw ClientError.timedOut(operationID: operationID, limit: .request, seconds: nil)
                }
                let names = secretNames.union(request.sensitiveQueryNames)
                throw ClientError.transportFailed(
                    operationID: operationID,
                    underlying: Redaction.error(error, names: names, secrets: secrets)
                )
            }
        }
        for middleware in middlewares.reversed() {
            let inner = next
            next = { request in
                try await middleware.intercept(request, operationID: operationID, next: inner)
            }
        }
        let chain = next
        do {
            return try await Deadline.run(seconds: timeouts.resource) { try await chain(finalRequest) }
        } catch is Deadline.Expired {
            throw ClientError.timedOut(operationID: operationID, limit: .resource, seconds: timeouts.resource)
        }
    }

    /// The URL `request` goes to, without credentials (see `RequestBuilder.url(serverURL:)`).
    @_spi(Generated) public func url(of request: RequestBuilder) throws -> Foundation.URL {
        try request.url(serverURL: serverURL)
    }

    /// Decodes the body of `response` as `type` with `OpenAPICoding.makeDecoder()`. Throws
    /// `ClientError.decodingFailed` when the body is empty or does not match.
    @_spi(Generated) public func decode<T: Swift.Decodable>(
        _ type: T.Type,
        from response: HTTPResponse,
        operationID: Swift.String
    ) throws -> T {
        let typeName = Swift.String(describing: type)
        func failure(_ codingPath: Swift.String, _ description: Swift.String) -> ClientError {
            .decodingFailed(
                operationID: operationID,
                statusCode: response.statusCode,
                typeName: typeName,
                codingPath: codingPath,
                description: description,
                rawBody: response.body
            )
        }
        guard !response.body.isEmpty else {
            throw failure("", "Could not decode \(typeName): the response body is empty.")
        }
        do {
            return try OpenAPICoding.makeDecoder().decode(type, from: response.body)
        } catch let error as Swift.DecodingError {
            let (codingPath, description) = Self.explain(error, typeName: typeName)
            throw failure(codingPath, description)
        } catch {
            throw failure("", "Could not decode \(typeName): \(error)")
        }
    }

    /// An `APIError` for `response`. Its body is decoded as `type` when possible and is `nil` when the body is
    /// empty or does not match; the raw bytes are always kept.
    @_spi(Generated) public func apiError<Body: Swift.Decodable & Swift.Sendable>(
        _ type: Body.Type,
        from response: HTTPResponse,
        operationID: Swift.String
    ) -> APIError<Body> {
        let body = response.body.isEmpty ? nil : try? OpenAPICoding.makeDecoder().decode(type, from: response.body)
        return APIError(
            operationID: operationID,
            statusCode: response.statusCode,
            headerFields: response.headerFields,
            body: body,
            rawBody: response.body
        )
    }

    /// The credentials of the first non-empty alternative of `security` that `auth` satisfies entirely. None when
    /// no alternative is satisfied (the server then answers 401), or when `security` is empty.
    static func credentials(for security: [[SecurityScheme]], auth: Auth?) -> [Credential] {
        guard let auth else { return [] }
        for requirement in security where !requirement.isEmpty {
            let credentials = requirement.compactMap { credential(for: $0, auth: auth) }
            if credentials.count == requirement.count {
                return credentials
            }
        }
        return []
    }

    /// What `auth` adds to a request for `scheme`, or `nil` when it cannot satisfy it.
    static func credential(for scheme: SecurityScheme, auth: Auth) -> Credential? {
        switch (scheme, auth) {
        case (.httpBasic, .basic(let username, let password)):
            let token = Foundation.Data((username + ":" + password).utf8).base64EncodedString()
            return .header(name: "Authorization", value: "Basic " + token)
        case (.httpBearer, .bearer(let token)):
            return .header(name: "Authorization", value: "Bearer " + token)
        case (.apiKey(let name, .header), .bearer(let token)) where name.lowercased() == "authorization":
            return .header(name: name, value: "Bearer " + token)
        case (.apiKey(let name, .header), .apiKey(let key)):
            return .header(name: name, value: key)
        case (.apiKey(let name, .query), .apiKey(let key)):
            return .query(name: name, value: key)
        case (.apiKey(let name, .cookie), .apiKey(let key)):
            return .cookie(name: name, value: key)
        default:
            return nil
        }
    }

    /// Throws `ClientError.invalidHeaderValue` when a header name or value contains CR, LF or NUL.
    static func checkHeaderFields(_ fields: [HTTPHeaderField]) throws {
        for field in fields {
            let isUnsafe = field.name.utf8.contains { $0 == 0x0D || $0 == 0x0A || $0 == 0x00 }
                || field.value.utf8.contains { $0 == 0x0D || $0 == 0x0A || $0 == 0x00 }
            if isUnsafe {
                throw ClientError.invalidHeaderValue(name: field.name)
            }
        }
    }

    /// The coding path of a `DecodingError` and a plain-English explanation naming `typeName` and the path.
    static func explain(
        _ error: Swift.DecodingError,
        typeName: Swift.String
    ) -> (codingPath: Swift.String, description: Swift.String) {
        func location(_ path: Swift.String) -> Swift.String { path.isEmpty ? "the top level" : path }
        switch error {
        case .typeMismatch(let type, let context):
            let path = renderCodingPath(context.codingPath)
            let detail = context.debugDescription
            return (path, "Could not decode \(typeName): expected \(type) at \(location(path)). \(detail)")
        case .valueNotFound(let type, let context):
            let path = renderCodingPath(context.codingPath)
            return (path, "Could not decode \(typeName): expected \(type) at \(location(path)) but found null.")
        case .keyNotFound(let key, let context):
            let path = renderCodingPath(context.codingPath + [key])
            return (path, "Could not decode \(typeName): the required property \(path) is missing.")
        case .dataCorrupted(let context):
            let path = renderCodingPath(context.codingPath)
            var text = "Could not decode \(typeName): invalid value at \(location(path)). "
            text += context.debugDescription
            if let underlying = context.underlyingError {
                text += " (\(underlying))"
            }
            return (path, text)
        @unknown default:
            return ("", "Could not decode \(typeName): \(error)")
        }
    }

    /// A coding path as text, such as `items[0].metadata.createdDate`. Keys that are not plain names are written
    /// as `["a key"]`.
    static func renderCodingPath(_ codingPath: [any Swift.CodingKey]) -> Swift.String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else if isPlainName(key.stringValue) {
                text += text.isEmpty ? key.stringValue : "." + key.stringValue
            } else {
                text += "[\(key.stringValue.debugDescription)]"
            }
        }
        return text
    }

    /// Whether `key` can be written after a dot in a coding path: letters, digits, `_`, `-`, `$` and `@` only.
    static func isPlainName(_ key: Swift.String) -> Swift.Bool {
        !key.isEmpty
            && key.unicodeScalars.allSatisfy { scalar in
                scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || "_-$@".unicodeScalars.contains(scalar)
            }
    }
}
