import Foundation

// MARK: - Date-times that code themselves

/// A `date-time` value that is always coded as RFC 3339 text, whatever the coder's date strategy. Generated
/// types code their `Foundation.Date` properties through it, so a plain `JSONDecoder()` / `JSONEncoder()` (a
/// webhook payload, a cached response, a test fixture) reads and writes them as the client does.
public struct OpenAPIDateTime: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// The instant.
    public var date: Foundation.Date

    /// Wraps `date`.
    public init(_ date: Foundation.Date) {
        self.date = date
    }

    /// Decodes an RFC 3339 date-time string, with or without fractional seconds, `Z` or an offset.
    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.singleValueContainer()
        let string = try container.decode(Swift.String.self)
        guard let date = OpenAPICoding.parseDateTime(string) else {
            throw Swift.DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "Expected an RFC 3339 date-time such as \"2018-09-02T03:00:00Z\" but found "
                    + string.debugDescription + "."
            )
        }
        self.date = date
    }

    /// Encodes the date as an RFC 3339 date-time in UTC.
    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(OpenAPICoding.formatDateTime(date))
    }
}
