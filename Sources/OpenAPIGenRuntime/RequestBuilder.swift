import Foundation

// MARK: - Requests

/// A value that can be a path, query or header parameter.
@_spi(Generated) public protocol ParameterValue {}

@_spi(Generated) extension Swift.String: ParameterValue {}
@_spi(Generated) extension Swift.Int: ParameterValue {}
@_spi(Generated) extension Swift.Int32: ParameterValue {}
@_spi(Generated) extension Swift.Int64: ParameterValue {}
@_spi(Generated) extension Swift.Double: ParameterValue {}
@_spi(Generated) extension Swift.Float: ParameterValue {}
@_spi(Generated) extension Swift.Bool: ParameterValue {}
@_spi(Generated) extension Foundation.Date: ParameterValue {}
@_spi(Generated) extension OpenAPIDate: ParameterValue {}
@_spi(Generated) extension Foundation.UUID: ParameterValue {}

/// Collects the method, path, query, headers and body of one request, in the form they are sent.
@_spi(Generated) public struct RequestBuilder: Swift.Sendable {
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
        /// Bytes, a file or a stream, as the transport sends them.
        case content(HTTPRequestBody)
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
    /// A next-page link to send the request to instead of the server URL, path and query (see `follow(_:)`).
    var followedLink: Foundation.URL?

    /// Sends the request to `link` (a next-page link of a previous response) instead of the server URL, path and
    /// query; the method, headers and body stay. Does nothing when `link` is `nil`.
    @_spi(Generated) public mutating func follow(_ link: Foundation.URL?) {
        followedLink = link
    }

    /// The URL the request goes to, without credentials: the followed link, else the server URL, the path and the
    /// query. Throws `ClientError.invalidServerURL` when `serverURL` is not an absolute URL.
    func url(serverURL: Swift.String) throws -> Foundation.URL {
        if let followedLink { return followedLink }
        var base = serverURL
        while base.hasSuffix("/") {
            base.removeLast()
        }
        let query = queryItems.isEmpty ? "" : "?" + queryItems.joined(separator: "&")
        guard let url = Foundation.URL(string: base + path + query), url.host != nil else {
            throw ClientError.invalidServerURL(serverURL)
        }
        return url
    }

    /// Starts a request of the operation `operationID`.
    @_spi(Generated) public init(method: Swift.String, operationID: Swift.String) {
        self.method = method
        self.operationID = operationID
    }

    /// Appends literal text of the path template, as is.
    @_spi(Generated) public mutating func appendPath(_ literal: Swift.String) {
        path += literal
    }

    /// Appends a path parameter as one percent-encoded segment.
    @_spi(Generated) public mutating func appendPathParameter<T: ParameterValue>(_ value: T) {
        path += Self.encodePathSegment(Self.parameterString(value))
    }

    /// Appends an enum path parameter as one percent-encoded segment.
    @_spi(Generated) public mutating func appendPathParameter<T: Swift.RawRepresentable>(_ value: T) where T.RawValue: ParameterValue {
        appendPathParameter(value.rawValue)
    }

    /// Appends an array path parameter as one segment, the values encoded one by one and joined by commas
    /// (simple style).
    @_spi(Generated) public mutating func appendPathParameter<T: ParameterValue>(_ values: [T]) {
        path += values.map { Self.encodePathSegment(Self.parameterString($0)) }.joined(separator: ",")
    }

    /// Appends an array of enum values as one path segment, as `appendPathParameter(_:)` does for arrays.
    @_spi(Generated) public mutating func appendPathParameter<T: Swift.RawRepresentable>(_ values: [T]) where T.RawValue: ParameterValue {
        appendPathParameter(values.map(\.rawValue))
    }

    /// Appends the query item `name=value`; does nothing when `value` is `nil`. With `allowReserved` the
    /// value's reserved characters stay as they are (see `encodeQueryComponent(_:allowReserved:)`).
    @_spi(Generated) public mutating func appendQuery<T: ParameterValue>(_ name: Swift.String, _ value: T?, allowReserved: Swift.Bool = false) {
        guard let value else { return }
        queryItems.append(
            Self.encodeQueryComponent(name) + "="
                + Self.encodeQueryComponent(Self.parameterString(value), allowReserved: allowReserved)
        )
    }

    /// Appends the query item `name=value` for an enum value; does nothing when `value` is `nil`.
    @_spi(Generated) public mutating func appendQuery<T: Swift.RawRepresentable>(_ name: Swift.String, _ value: T?, allowReserved: Swift.Bool = false)
    where T.RawValue: ParameterValue {
        appendQuery(name, value?.rawValue, allowReserved: allowReserved)
    }

    /// Appends an array: `name=a&name=b` when `explode` is true, else `name=a,b` (form style), `name=a%20b`
    /// (`delimiter: " "`, spaceDelimited) or `name=a%7Cb` (`delimiter: "|"`, pipeDelimited). The values are
    /// percent-encoded one by one and the form delimiter `,` is written as is, so `["a,b"]` is `name=a%2Cb`
    /// and `["a", "b"]` is `name=a,b`. Does nothing when `values` is `nil` or empty.
    @_spi(Generated) public mutating func appendQuery<T: ParameterValue>(
        _ name: Swift.String,
        _ values: [T]?,
        explode: Swift.Bool,
        delimiter: Swift.String = ",",
        allowReserved: Swift.Bool = false
    ) {
        guard let values, !values.isEmpty else { return }
        let encodedName = Self.encodeQueryComponent(name)
        let encodedValues = values.map {
            Self.encodeQueryComponent(Self.parameterString($0), allowReserved: allowReserved)
        }
        if explode {
            queryItems += encodedValues.map { encodedName + "=" + $0 }
        } else {
            let separator = delimiter == "," ? "," : Self.encodeQueryComponent(delimiter)
            queryItems.append(encodedName + "=" + encodedValues.joined(separator: separator))
        }
    }

    /// Appends an array of enum values, as `appendQuery(_:_:explode:delimiter:allowReserved:)` does.
    @_spi(Generated) public mutating func appendQuery<T: Swift.RawRepresentable>(
        _ name: Swift.String,
        _ values: [T]?,
        explode: Swift.Bool,
        delimiter: Swift.String = ",",
        allowReserved: Swift.Bool = false
    ) where T.RawValue: ParameterValue {
        appendQuery(name, values?.map(\.rawValue), explode: explode, delimiter: delimiter, allowReserved: allowReserved)
    }

    /// Appends a query parameter whose value is an object, a `oneOf` / `anyOf` value, a dictionary or free-form
    /// JSON, written from its JSON form as `QueryObjectWriter` describes. Does nothing when `value` is `nil`; a
    /// value that cannot be encoded is reported when the request is sent.
    @_spi(Generated) public mutating func appendQueryObject<T: Swift.Encodable>(
        _ name: Swift.String,
        _ value: T?,
        style: QueryObjectWriter.Style,
        explode: Swift.Bool,
        allowReserved: Swift.Bool = false
    ) {
        guard let value else { return }
        do {
            let data = try OpenAPICoding.makeEncoder().encode(value)
            let json = try OpenAPICoding.makeDecoder().decode(JSONValue.self, from: data)
            for pair in QueryObjectWriter.pairs(name: name, value: json, style: style, explode: explode) {
                let values = pair.values.map { Self.encodeQueryComponent($0, allowReserved: allowReserved) }
                queryItems.append(Self.encodeQueryComponent(pair.name) + "=" + values.joined(separator: ","))
            }
        } catch {
            if encodingFailure == nil {
                encodingFailure = "The query parameter \(name) could not be encoded: \(error)"
            }
        }
    }

    /// Appends `name=value` to the `Cookie` header (pairs separated by `; `, name and value percent-encoded as
    /// in a query); does nothing when `value` is `nil`.
    @_spi(Generated) public mutating func appendCookie<T: ParameterValue>(_ name: Swift.String, _ value: T?) {
        guard let value else { return }
        appendCookiePair(name, Self.parameterString(value))
    }

    /// Appends an enum cookie value, as `appendCookie(_:_:)` does.
    @_spi(Generated) public mutating func appendCookie<T: Swift.RawRepresentable>(_ name: Swift.String, _ value: T?) where T.RawValue: ParameterValue {
        appendCookie(name, value?.rawValue)
    }

    /// Appends an array cookie as `name=a,b` (form style); does nothing when `values` is `nil` or empty.
    @_spi(Generated) public mutating func appendCookie<T: ParameterValue>(_ name: Swift.String, _ values: [T]?) {
        guard let values, !values.isEmpty else { return }
        appendCookiePair(name, values.map { Self.parameterString($0) }.joined(separator: ","))
    }

    /// Appends an array of enum values as a cookie, as `appendCookie(_:_:)` does for arrays.
    @_spi(Generated) public mutating func appendCookie<T: Swift.RawRepresentable>(_ name: Swift.String, _ values: [T]?) where T.RawValue: ParameterValue {
        appendCookie(name, values?.map(\.rawValue))
    }

    private mutating func appendCookiePair(_ name: Swift.String, _ value: Swift.String) {
        let pair = Self.encodeQueryComponent(name) + "=" + Self.encodeQueryComponent(value)
        let existing = HTTPHeaderField.firstValue(in: headerFields, named: "Cookie")
        HTTPHeaderField.replaceValue(in: &headerFields, named: "Cookie", with: existing.map { $0 + "; " + pair } ?? pair)
    }

    /// Sets the header `name` to `value`, replacing any field of that name; does nothing when `value` is `nil`.
    @_spi(Generated) public mutating func setHeader<T: ParameterValue>(_ name: Swift.String, _ value: T?) {
        guard let value else { return }
        HTTPHeaderField.replaceValue(in: &headerFields, named: name, with: Self.parameterString(value))
    }

    /// Sets the header `name` to an enum value, replacing any field of that name; does nothing when `value` is
    /// `nil`.
    @_spi(Generated) public mutating func setHeader<T: Swift.RawRepresentable>(_ name: Swift.String, _ value: T?)
    where T.RawValue: ParameterValue {
        setHeader(name, value?.rawValue)
    }

    /// Sets the header `name` to the values joined by commas (simple style); does nothing when `values` is
    /// `nil` or empty.
    @_spi(Generated) public mutating func setHeader<T: ParameterValue>(_ name: Swift.String, _ values: [T]?) {
        guard let values, !values.isEmpty else { return }
        setHeader(name, values.map { Self.parameterString($0) }.joined(separator: ","))
    }

    /// Sets the header `name` to enum values joined by commas, as `setHeader(_:_:)` does for arrays.
    @_spi(Generated) public mutating func setHeader<T: Swift.RawRepresentable>(_ name: Swift.String, _ values: [T]?) where T.RawValue: ParameterValue {
        setHeader(name, values?.map(\.rawValue))
    }

    /// Sets the body to `value` encoded with `OpenAPICoding.makeEncoder()`, and `Content-Type` to `contentType`
    /// (the spec's media type, such as `application/merge-patch+json`). An encoding failure is reported when
    /// the request is sent.
    @_spi(Generated) public mutating func setJSONBody<T: Swift.Encodable>(_ value: T, contentType: Swift.String = "application/json") {
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
        setHeader("Content-Type", contentType)
    }

    /// Sets the body to `content` (bytes, a file or a stream) and `Content-Type` to `contentType`.
    @_spi(Generated) public mutating func setBody(_ content: HTTPRequestBody, contentType: Swift.String) {
        body = .content(content)
        setHeader("Content-Type", contentType)
    }

    /// Sets the body to `text` in the charset `contentType` names (UTF-8 when it names none), and `Content-Type`
    /// to `contentType`. Text the charset cannot represent, or an unknown charset, is reported when the request
    /// is sent.
    @_spi(Generated) public mutating func setTextBody(_ text: Swift.String, contentType: Swift.String) {
        setHeader("Content-Type", contentType)
        switch BodyEncodings.textData(text, contentType: contentType) {
        case .success(let data): body = .data(data)
        case .failure(let failure): body = .encodingFailed(failure.description)
        }
    }

    /// Sets the body to `value` written as `application/x-www-form-urlencoded` pairs, and `Content-Type` to
    /// `contentType`. Each top-level property is written as a query parameter of that name would be, by its
    /// entry in `encodings` (default: form style, exploded), as `QueryObjectWriter` describes.
    @_spi(Generated) public mutating func setFormBody<T: Swift.Encodable>(
        _ value: T,
        contentType: Swift.String,
        encodings: [Swift.String: BodyEncodings.FormField] = [:]
    ) {
        setHeader("Content-Type", contentType)
        switch BodyEncodings.formData(value, encodings: encodings) {
        case .success(let data): body = .data(data)
        case .failure(let failure): body = .encodingFailed(failure.description)
        }
    }

    /// Sets the body to the parts of `multipart`, separated by a new random boundary, and `Content-Type` to
    /// `contentType` with that `boundary` parameter. Parts whose content is a file are read while the request is
    /// sent. A value that could not be encoded, or a part header with CR or LF, is reported when it is sent.
    @_spi(Generated) public mutating func setMultipartBody(_ multipart: MultipartBody, contentType: Swift.String = "multipart/form-data") {
        let boundary = "openapi-gen-" + Foundation.UUID().uuidString
        setHeader("Content-Type", contentType + "; boundary=" + boundary)
        if let failure = multipart.encodingFailure ?? BodyEncodings.headerFailure(multipart) {
            body = .encodingFailed(failure)
        } else {
            body = .content(multipart.encoded(boundary: boundary))
        }
    }

    /// Sets the body to `data` and `Content-Type` to `contentType`.
    @_spi(Generated) public mutating func setBody(_ data: Foundation.Data, contentType: Swift.String) {
        body = .data(data)
        setHeader("Content-Type", contentType)
    }

    /// Sets the `Accept` header.
    @_spi(Generated) public mutating func accept(_ contentType: Swift.String) {
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

    /// Percent-encodes a query name or value: only unreserved characters stay. With `allowReserved` (a
    /// parameter's `allowReserved: true`) the reserved characters `: / ? @ ! $ ' ( ) * + , ; =` stay too; `&`,
    /// `#`, `[`, `]` and `%` are still encoded, since as they are they would end the value or the query, or make
    /// the URL invalid.
    static func encodeQueryComponent(_ text: Swift.String, allowReserved: Swift.Bool = false) -> Swift.String {
        var encoded: [Swift.UInt8] = []
        if allowReserved {
            let kept = Swift.Array(":/?@!$'()*+,;=".utf8)
            for byte in text.utf8 {
                if kept.contains(byte) {
                    encoded.append(byte)
                } else {
                    percentEncode([byte], encodingDots: false, into: &encoded)
                }
            }
        } else {
            percentEncode(text.utf8, encodingDots: false, into: &encoded)
        }
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
