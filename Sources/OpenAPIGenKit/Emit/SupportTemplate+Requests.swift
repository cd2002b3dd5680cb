extension SupportTemplate {
    /// `ParameterValue`, `RequestBuilder` and `RequestExecutor`: the internal API that `Client.swift` calls.
    static let requests: String = #"""
    // MARK: - Requests

    /// A value that can be a path, query or header parameter.
    protocol ParameterValue {}

    extension Swift.String: ParameterValue {}
    extension Swift.Int: ParameterValue {}
    extension Swift.Int32: ParameterValue {}
    extension Swift.Int64: ParameterValue {}
    extension Swift.Double: ParameterValue {}
    extension Swift.Float: ParameterValue {}
    extension Swift.Bool: ParameterValue {}
    extension Foundation.Date: ParameterValue {}
    extension OpenAPIDate: ParameterValue {}
    extension Foundation.UUID: ParameterValue {}

    /// Collects the method, path, query, headers and body of one request, in the form they are sent.
    struct RequestBuilder: Swift.Sendable {
        /// A parameter value as text, before any percent-encoding: strings as they are, dates as RFC 3339
        /// date-times in UTC, calendar dates as `YYYY-MM-DD`, UUIDs in lowercase, numbers and booleans as Swift
        /// prints them (`42`, `1.5`, `true`).
        static func parameterString(_ value: any ParameterValue) -> Swift.String {
            switch value {
            case let string as Swift.String: return string
            case let date as Foundation.Date: return OpenAPICoding.formatDateTime(date)
            case let date as OpenAPIDate: return date.description
            case let uuid as Foundation.UUID: return uuid.uuidString.lowercased()
            default: return Swift.String(describing: value)
            }
        }

        /// The body, already encoded.
        enum Body: Swift.Sendable {
            /// No body.
            case none
            /// These bytes.
            case data(Foundation.Data)
            /// The value could not be encoded; `ClientError.encodingFailed` is thrown when the request is sent.
            case encodingFailed(Swift.String)
        }

        /// The HTTP method, such as `GET`.
        let method: Swift.String
        /// The `operationId` of the operation.
        let operationID: Swift.String
        /// The path after the server URL, percent-encoded.
        private(set) var path: Swift.String = ""
        /// The query items as `name=value`, percent-encoded.
        private(set) var queryItems: [Swift.String] = []
        /// The header fields.
        private(set) var headerFields: [HTTPHeaderField] = []
        /// The body.
        private(set) var body: Body = .none
        /// Why a parameter could not be encoded; `ClientError.encodingFailed` is thrown when the request is sent.
        private(set) var encodingFailure: Swift.String?

        /// Starts a request of the operation `operationID`.
        init(method: Swift.String, operationID: Swift.String) {
            self.method = method
            self.operationID = operationID
        }

        /// Appends literal text of the path template, as is.
        mutating func appendPath(_ literal: Swift.String) {
            path += literal
        }

        /// Appends a path parameter as one percent-encoded segment.
        mutating func appendPathParameter<T: ParameterValue>(_ value: T) {
            path += Self.encodePathSegment(Self.parameterString(value))
        }

        /// Appends an enum path parameter as one percent-encoded segment.
        mutating func appendPathParameter<T: Swift.RawRepresentable>(_ value: T) where T.RawValue: ParameterValue {
            appendPathParameter(value.rawValue)
        }

        /// Appends the query item `name=value`; does nothing when `value` is `nil`.
        mutating func appendQuery<T: ParameterValue>(_ name: Swift.String, _ value: T?) {
            guard let value else { return }
            queryItems.append(Self.encodeQueryComponent(name) + "=" + Self.encodeQueryComponent(Self.parameterString(value)))
        }

        /// Appends the query item `name=value` for an enum value; does nothing when `value` is `nil`.
        mutating func appendQuery<T: Swift.RawRepresentable>(_ name: Swift.String, _ value: T?)
        where T.RawValue: ParameterValue {
            appendQuery(name, value?.rawValue)
        }

        /// Appends an array: `name=a&name=b` when `explode` is true, else `name=a,b` (form style), `name=a%20b`
        /// (`delimiter: " "`, spaceDelimited) or `name=a|b` (`delimiter: "|"`, pipeDelimited). Does nothing when
        /// `values` is `nil` or empty.
        mutating func appendQuery<T: ParameterValue>(
            _ name: Swift.String,
            _ values: [T]?,
            explode: Swift.Bool,
            delimiter: Swift.String = ","
        ) {
            guard let values, !values.isEmpty else { return }
            let encodedName = Self.encodeQueryComponent(name)
            let encodedValues = values.map { Self.encodeQueryComponent(Self.parameterString($0)) }
            if explode {
                queryItems += encodedValues.map { encodedName + "=" + $0 }
            } else {
                queryItems.append(encodedName + "=" + encodedValues.joined(separator: Self.encodeQueryComponent(delimiter)))
            }
        }

        /// Appends an array of enum values, as `appendQuery(_:_:explode:delimiter:)` does.
        mutating func appendQuery<T: Swift.RawRepresentable>(
            _ name: Swift.String,
            _ values: [T]?,
            explode: Swift.Bool,
            delimiter: Swift.String = ","
        ) where T.RawValue: ParameterValue {
            appendQuery(name, values?.map(\.rawValue), explode: explode, delimiter: delimiter)
        }

        /// Appends a query parameter whose value is an object, a `oneOf` / `anyOf` value, a dictionary or free-form
        /// JSON, written from its JSON form as `QueryObjectWriter` describes. Does nothing when `value` is `nil`; a
        /// value that cannot be encoded is reported when the request is sent.
        mutating func appendQueryObject<T: Swift.Encodable>(
            _ name: Swift.String,
            _ value: T?,
            style: QueryObjectWriter.Style,
            explode: Swift.Bool
        ) {
            guard let value else { return }
            do {
                let data = try OpenAPICoding.makeEncoder().encode(value)
                let json = try OpenAPICoding.makeDecoder().decode(JSONValue.self, from: data)
                for item in QueryObjectWriter.items(name: name, value: json, style: style, explode: explode) {
                    queryItems.append(Self.encodeQueryComponent(item.name) + "=" + Self.encodeQueryComponent(item.value))
                }
            } catch {
                if encodingFailure == nil {
                    encodingFailure = "The query parameter \(name) could not be encoded: \(error)"
                }
            }
        }

        /// Sets the header `name` to `value`, replacing any field of that name; does nothing when `value` is `nil`.
        mutating func setHeader<T: ParameterValue>(_ name: Swift.String, _ value: T?) {
            guard let value else { return }
            HTTPHeaderField.replaceValue(in: &headerFields, named: name, with: Self.parameterString(value))
        }

        /// Sets the header `name` to an enum value, replacing any field of that name; does nothing when `value` is
        /// `nil`.
        mutating func setHeader<T: Swift.RawRepresentable>(_ name: Swift.String, _ value: T?)
        where T.RawValue: ParameterValue {
            setHeader(name, value?.rawValue)
        }

        /// Sets the body to `value` encoded with `OpenAPICoding.makeEncoder()`, and `Content-Type` to
        /// `application/json`. An encoding failure is reported when the request is sent.
        mutating func setJSONBody<T: Swift.Encodable>(_ value: T) {
            do {
                body = .data(try OpenAPICoding.makeEncoder().encode(value))
            } catch let error as Swift.EncodingError {
                switch error {
                case .invalidValue(_, let context):
                    let path = RequestExecutor.renderCodingPath(context.codingPath)
                    let location = path.isEmpty ? "the top level" : path
                    body = .encodingFailed("The value at \(location) is invalid: \(context.debugDescription)")
                @unknown default:
                    body = .encodingFailed("\(error)")
                }
            } catch {
                body = .encodingFailed("\(error)")
            }
            setHeader("Content-Type", "application/json")
        }

        /// Sets the body to `data` and `Content-Type` to `contentType`.
        mutating func setBody(_ data: Foundation.Data, contentType: Swift.String) {
            body = .data(data)
            setHeader("Content-Type", contentType)
        }

        /// Sets the `Accept` header.
        mutating func accept(_ contentType: Swift.String) {
            setHeader("Accept", contentType)
        }

        /// Percent-encodes `text` as one path segment: only unreserved characters stay, and a part made only of dots
        /// (between slashes or backslashes, which are encoded too) has its dots encoded, so that no server or proxy
        /// that decodes the segment can read `..` in it.
        static func encodePathSegment(_ text: Swift.String) -> Swift.String {
            let bytes = Swift.Array(text.utf8)
            var encoded: [Swift.UInt8] = []
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x2F || bytes[index] == 0x5C {
                let part = bytes[start..<index]
                let isDots = !part.isEmpty && part.allSatisfy { $0 == 0x2E }
                percentEncode(part, encodingDots: isDots, into: &encoded)
                if index < bytes.count {
                    percentEncode([bytes[index]], encodingDots: false, into: &encoded)
                }
                start = index + 1
            }
            return Swift.String(decoding: encoded, as: Swift.UTF8.self)
        }

        /// Percent-encodes a query name or value: only unreserved characters stay.
        static func encodeQueryComponent(_ text: Swift.String) -> Swift.String {
            var encoded: [Swift.UInt8] = []
            percentEncode(text.utf8, encodingDots: false, into: &encoded)
            return Swift.String(decoding: encoded, as: Swift.UTF8.self)
        }

        /// Appends `bytes` to `encoded`, writing every byte but `A-Z a-z 0-9 - . _ ~` as `%XX` (and `.` too when
        /// `encodingDots`).
        static func percentEncode<Bytes: Swift.Sequence>(
            _ bytes: Bytes,
            encodingDots: Swift.Bool,
            into encoded: inout [Swift.UInt8]
        ) where Bytes.Element == Swift.UInt8 {
            for byte in bytes {
                switch byte {
                case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2D, 0x5F, 0x7E:
                    encoded.append(byte)
                case 0x2E where !encodingDots:
                    encoded.append(byte)
                default:
                    let high = byte >> 4
                    let low = byte & 0x0F
                    encoded.append(0x25)
                    encoded.append(high < 10 ? 0x30 + high : 0x37 + high)
                    encoded.append(low < 10 ? 0x30 + low : 0x37 + low)
                }
            }
        }
    }

    /// Sends the requests of a generated client: adds the server URL and credentials, checks the headers, runs the
    /// middlewares and the transport, and decodes responses.
    struct RequestExecutor: Swift.Sendable {
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
        let transport: any HTTPTransport
        /// The middlewares, outermost first.
        let middlewares: [any ClientMiddleware]

        /// Creates an executor.
        init(serverURL: Swift.String, auth: Auth?, transport: any HTTPTransport, middlewares: [any ClientMiddleware]) {
            self.serverURL = serverURL
            self.auth = auth
            self.transport = transport
            self.middlewares = middlewares
        }

        /// Completes `request` and sends it through the middlewares and the transport. `security` lists the accepted
        /// alternatives, each a list of schemes that must all be satisfied; see `credentials(for:auth:)`.
        func send(_ request: RequestBuilder, security: [[SecurityScheme]]) async throws -> HTTPResponse {
            var base = serverURL
            while base.hasSuffix("/") {
                base.removeLast()
            }
            guard let baseURL = Foundation.URL(string: base), baseURL.scheme?.isEmpty == false, baseURL.host != nil
            else { throw ClientError.invalidServerURL(serverURL) }
            if let failure = request.encodingFailure {
                throw ClientError.encodingFailed(operationID: request.operationID, description: failure)
            }
            let body: Foundation.Data?
            switch request.body {
            case .none:
                body = nil
            case .data(let data):
                body = data
            case .encodingFailed(let description):
                throw ClientError.encodingFailed(operationID: request.operationID, description: description)
            }
            var headerFields = request.headerFields
            var queryItems = request.queryItems
            var cookies: [Swift.String] = []
            for credential in Self.credentials(for: security, auth: auth) {
                switch credential {
                case .header(let name, let value):
                    HTTPHeaderField.replaceValue(in: &headerFields, named: name, with: value)
                case .query(let name, let value):
                    queryItems.append(
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
            var urlString = base + request.path
            if !queryItems.isEmpty {
                urlString += "?" + queryItems.joined(separator: "&")
            }
            guard let url = Foundation.URL(string: urlString) else {
                throw ClientError.invalidServerURL(serverURL)
            }
            let httpRequest = HTTPRequest(method: request.method, url: url, headerFields: headerFields, body: body)
            try Self.checkHeaderFields(httpRequest.headerFields)

            let transport = self.transport
            let operationID = request.operationID
            var next: @Sendable (HTTPRequest) async throws -> HTTPResponse = { request in
                try Self.checkHeaderFields(request.headerFields)
                do {
                    return try await transport.send(request)
                } catch let error as Swift.CancellationError {
                    throw error
                } catch {
                    if Swift.Task.isCancelled {
                        throw Swift.CancellationError()
                    }
                    throw ClientError.transportFailed(operationID: operationID, underlying: error)
                }
            }
            for middleware in middlewares.reversed() {
                let inner = next
                next = { request in
                    try await middleware.intercept(request, operationID: operationID, next: inner)
                }
            }
            return try await next(httpRequest)
        }

        /// Decodes the body of `response` as `type` with `OpenAPICoding.makeDecoder()`. Throws
        /// `ClientError.decodingFailed` when the body is empty or does not match.
        func decode<T: Swift.Decodable>(
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
        func apiError<Body: Swift.Decodable & Swift.Sendable>(
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
    """#
}
