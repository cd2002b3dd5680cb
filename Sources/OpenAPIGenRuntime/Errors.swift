import Foundation

// MARK: - Errors

/// An HTTP response whose status code the operation does not document as a success.
public struct APIError<Body: Swift.Sendable>: Swift.Error, Swift.Sendable, Swift.CustomStringConvertible {
    /// The `operationId` of the operation that failed.
    public let operationID: Swift.String
    /// The HTTP status code.
    public let statusCode: Swift.Int
    /// The response header fields.
    public let headerFields: [HTTPHeaderField]
    /// The decoded error body, or `nil` when the body was empty or did not match the documented schema.
    public let body: Body?
    /// The body as received.
    public let rawBody: Foundation.Data

    /// Creates an error.
    public init(
        operationID: Swift.String,
        statusCode: Swift.Int,
        headerFields: [HTTPHeaderField],
        body: Body?,
        rawBody: Foundation.Data
    ) {
        self.operationID = operationID
        self.statusCode = statusCode
        self.headerFields = headerFields
        self.body = body
        self.rawBody = rawBody
    }

    /// `"<operationID> failed with HTTP status <code>"`, followed by up to 200 bytes of the body when they are
    /// printable UTF-8.
    public var description: Swift.String {
        let text = "\(operationID) failed with HTTP status \(statusCode)"
        guard let excerpt = OpenAPICoding.printableExcerpt(of: rawBody, limit: 200) else { return text }
        return text + ": " + excerpt
    }
}

/// A failure of the client itself: the request could not be built or sent, or the response could not be decoded.
public enum ClientError: Swift.Error, Swift.Sendable, Swift.CustomStringConvertible {
    /// The server URL (the associated value, as configured) does not make a valid absolute URL.
    case invalidServerURL(Swift.String)
    /// The name or value of the header `name` contains CR, LF or NUL. The request was refused before it was sent.
    case invalidHeaderValue(name: Swift.String)
    /// The request body of `operationID` could not be encoded as JSON.
    case encodingFailed(operationID: Swift.String, description: Swift.String)
    /// The transport (or `URLSession`) threw `underlying`: no response was received for `operationID`.
    case transportFailed(operationID: Swift.String, underlying: any Swift.Error & Swift.Sendable)
    /// `operationID` did not finish within the limit `limit` of the client's `Timeouts` (`seconds`), or the transport
    /// gave up waiting (`URLError.timedOut`; `seconds` is then `nil`). The request may have reached the server.
    case timedOut(operationID: Swift.String, limit: Timeouts.Kind, seconds: Foundation.TimeInterval?)
    /// A next-page link of `operationID` points to `origin` (scheme, host and port), not to the server's: it was
    /// not followed, so that the client's credentials are not sent to another origin.
    case linkToOtherOrigin(operationID: Swift.String, origin: Swift.String)
    /// The body of a response of `operationID` does not match the type `typeName`. `codingPath` locates the bad
    /// value, such as `items[0].metadata.createdDate` (empty for the whole body), and `description` explains it.
    case decodingFailed(
        operationID: Swift.String,
        statusCode: Swift.Int,
        typeName: Swift.String,
        codingPath: Swift.String,
        description: Swift.String,
        rawBody: Foundation.Data
    )

    /// A plain-English explanation. It never shows header values, which may hold credentials.
    public var description: Swift.String {
        switch self {
        case .invalidServerURL(let url):
            "The server URL \(url.debugDescription) is not an absolute URL such as \"https://api.example.com/v1\"."
        case .invalidHeaderValue(let name):
            "The header \(name.debugDescription) contains CR, LF or NUL, so the request was not sent."
        case .encodingFailed(let operationID, let description):
            "\(operationID): the request body could not be encoded as JSON. \(description)"
        case .transportFailed(let operationID, let underlying):
            "\(operationID): no response was received: \(underlying)"
        case .timedOut(let operationID, let limit, let seconds):
            "\(operationID): timed out" + (seconds.map { " after \($0) seconds (the \(limit.rawValue) timeout)" } ?? " (the transport's own timeout)")
        case .linkToOtherOrigin(let operationID, let origin):
            "\(operationID): the next-page link points to \(origin), not to the server, so it was not followed (the client's credentials go to the server only)."
        case .decodingFailed(let operationID, let statusCode, _, _, let description, _):
            "\(operationID) (HTTP \(statusCode)): \(description)"
        }
    }
}
