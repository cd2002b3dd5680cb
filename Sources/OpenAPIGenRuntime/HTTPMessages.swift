import Foundation

// MARK: - HTTP messages

/// One HTTP header field. The name keeps the spelling it was given; lookups compare names case-insensitively.
public struct HTTPHeaderField: Swift.Sendable, Swift.Hashable, Swift.CustomStringConvertible,
    Swift.CustomDebugStringConvertible, Swift.CustomReflectable
{
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

    /// `name: value`, with `<redacted>` as the value when the name says it holds a credential (`Authorization`,
    /// `Cookie`, `X-API-Key`, …).
    public var description: Swift.String {
        name + ": " + (Redaction.isSensitiveName(name) ? Redaction.placeholder : value)
    }

    /// The same as `description`.
    public var debugDescription: Swift.String {
        description
    }

    /// The name and the value as `description` shows it, so that `dump` hides credentials too.
    public var customMirror: Swift.Mirror {
        Swift.Mirror(self, children: ["name": name, "value": Redaction.isSensitiveName(name) ? Redaction.placeholder : value])
    }
}

/// A request as middlewares and the transport see it.
public struct HTTPRequest: Swift.Sendable, Swift.Hashable, Swift.CustomStringConvertible,
    Swift.CustomDebugStringConvertible, Swift.CustomReflectable
{
    /// The HTTP method, such as `GET`.
    public var method: Swift.String
    /// The absolute URL, query included.
    public var url: Foundation.URL
    /// The header fields, in the order they are sent.
    public var headerFields: [HTTPHeaderField]
    /// The body as it is sent: bytes, a file or a stream; `nil` when the request has none.
    public var content: HTTPRequestBody?

    /// The body's bytes when it is in memory (`content` is `.data`), else `nil`. Setting it sets `content`.
    public var body: Foundation.Data? {
        get {
            if case .data(let data)? = content { return data }
            return nil
        }
        set { content = newValue.map(HTTPRequestBody.data) }
    }
    /// Query items whose values are credentials (API keys sent in the query): their values are never printed.
    public var sensitiveQueryNames: Swift.Set<Swift.String> = []

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
        self.content = body.map(HTTPRequestBody.data)
    }

    /// Creates a request whose body is `content`: bytes, a file or a stream.
    public init(
        method: Swift.String,
        url: Foundation.URL,
        headerFields: [HTTPHeaderField] = [],
        content: HTTPRequestBody?
    ) {
        self.method = method
        self.url = url
        self.headerFields = headerFields
        self.content = content
    }

    /// The value of the first header field called `name`, compared case-insensitively; `nil` when there is none.
    public func value(forHeader name: Swift.String) -> Swift.String? {
        HTTPHeaderField.firstValue(in: headerFields, named: name)
    }

    /// `GET <url>` with credentials in the URL replaced by `<redacted>`, and the number of header fields and body
    /// bytes.
    public var description: Swift.String {
        "\(method) \(redactedURL) (\(headerFields.count) header fields, \(body?.count ?? 0)-byte body)"
    }

    /// The same as `description`.
    public var debugDescription: Swift.String {
        description
    }

    /// The method, the URL with credentials replaced, the header fields (credentials hidden) and the body size.
    public var customMirror: Swift.Mirror {
        Swift.Mirror(
            self,
            children: ["method": method, "url": redactedURL, "headerFields": headerFields, "bodyBytes": body?.count ?? 0]
        )
    }

    /// The URL as text with the values of sensitive query items replaced.
    var redactedURL: Swift.String {
        Redaction.url(url.absoluteString, names: sensitiveQueryNames)
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
