import Foundation

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
