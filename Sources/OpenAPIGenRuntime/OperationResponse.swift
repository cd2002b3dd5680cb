import Foundation

// MARK: - Status, headers and body together

/// What the `…Response` method of an operation returns: the status code, the documented response headers
/// (typed), every header field as received, and the body the plain method returns.
public struct OperationResponse<Body: Swift.Sendable, Headers: Swift.Sendable>: Swift.Sendable {
    /// The HTTP status code, such as `200`.
    public var statusCode: Swift.Int
    /// The documented response headers, typed; a header that is absent or does not read as its type is `nil`.
    public var headers: Headers
    /// Every header field as received.
    public var headerFields: [HTTPHeaderField]
    /// The body, as the operation's plain method returns it.
    public var body: Body

    /// Creates a response.
    public init(statusCode: Swift.Int, headers: Headers, headerFields: [HTTPHeaderField], body: Body) {
        self.statusCode = statusCode
        self.headers = headers
        self.headerFields = headerFields
        self.body = body
    }

    /// The value of the first header field called `name`, compared case-insensitively; `nil` when there is none.
    public func value(forHeader name: Swift.String) -> Swift.String? {
        HTTPHeaderField.firstValue(in: headerFields, named: name)
    }
}

/// The `headers` of an operation that documents no response header.
public struct NoDocumentedHeaders: Swift.Sendable, Swift.Hashable {
    /// Creates the empty value.
    public init() {}

    /// Reads nothing from `fields`.
    public init(_ fields: [HTTPHeaderField]) {}
}

/// Reads typed values from response header fields (simple style): numbers and booleans as Swift reads them,
/// `date-time` as RFC 3339 or an HTTP date (`Sun, 06 Nov 1994 08:49:37 GMT`), arrays as comma-separated values.
/// Repeated fields of one name are joined with commas first. A value that does not read as its type is `nil`.
@_spi(Generated) public struct HeaderReader: Swift.Sendable {
    /// The fields of the response.
    let fields: [HTTPHeaderField]

    /// A reader of `fields`.
    @_spi(Generated) public init(_ fields: [HTTPHeaderField]) {
        self.fields = fields
    }

    /// Every field called `name` (case-insensitively), joined by `, `; nil when there is none.
    @_spi(Generated) public func raw(_ name: Swift.String) -> Swift.String? {
        let key = name.lowercased()
        let values = fields.filter { $0.name.lowercased() == key }.map(\.value)
        return values.isEmpty ? nil : values.joined(separator: ", ")
    }

    /// The header `name` as a scalar.
    @_spi(Generated) public func value<T: ParameterValue>(_ name: Swift.String, as type: T.Type = T.self) -> T? {
        raw(name).flatMap { Self.scalar($0.trimmingCharacters(in: .whitespaces), as: type) }
    }

    /// The header `name` as an enum value.
    @_spi(Generated) public func value<T: Swift.RawRepresentable>(_ name: Swift.String, as type: T.Type = T.self) -> T? where T.RawValue: ParameterValue {
        value(name, as: T.RawValue.self).flatMap(T.init(rawValue:))
    }

    /// The header `name` as an array of scalars; nil when any element does not read.
    @_spi(Generated) public func values<T: ParameterValue>(_ name: Swift.String, as type: T.Type = T.self) -> [T]? {
        guard let text = raw(name) else { return nil }
        var result: [T] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            guard let value = Self.scalar(part.trimmingCharacters(in: .whitespaces), as: type) else { return nil }
            result.append(value)
        }
        return result
    }

    /// The header `name` as an array of enum values; nil when any element does not read.
    @_spi(Generated) public func values<T: Swift.RawRepresentable>(_ name: Swift.String, as type: T.Type = T.self) -> [T]? where T.RawValue: ParameterValue {
        guard let raw = values(name, as: T.RawValue.self) else { return nil }
        let mapped = raw.compactMap(T.init(rawValue:))
        return mapped.count == raw.count ? mapped : nil
    }

    /// `text` read as `type`, or nil.
    static func scalar<T: ParameterValue>(_ text: Swift.String, as type: T.Type) -> T? {
        let value: Any?
        switch type {
        case is Swift.String.Type: value = text
        case is Swift.Int.Type: value = Swift.Int(text)
        case is Swift.Int32.Type: value = Swift.Int32(text)
        case is Swift.Int64.Type: value = Swift.Int64(text)
        case is Swift.Double.Type: value = Swift.Double(text)
        case is Swift.Float.Type: value = Swift.Float(text)
        case is Swift.Bool.Type: value = ["true": true, "false": false][text.lowercased()]
        case is Foundation.Date.Type: value = OpenAPICoding.parseDateTime(text) ?? httpDate(text)
        case is OpenAPIDate.Type: value = OpenAPIDate(text)
        case is Foundation.UUID.Type: value = Foundation.UUID(uuidString: text)
        default: value = nil
        }
        return value as? T
    }

    /// An IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`, RFC 9110), or nil.
    static func httpDate(_ text: Swift.String) -> Foundation.Date? {
        let parts = text.split(separator: " ")
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        guard parts.count == 6, parts[5] == "GMT", let day = Swift.Int(parts[1]),
              let month = months.firstIndex(of: Swift.String(parts[2])), let year = Swift.Int(parts[3]) else { return nil }
        let time = parts[4].split(separator: ":").compactMap { Swift.Int($0) }
        guard time.count == 3 else { return nil }
        return OpenAPICoding.parseDateTime(
            Swift.String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", year, month + 1, day, time[0], time[1], time[2])
        )
    }
}
