import Foundation

// MARK: - Redaction

/// Keeps credentials out of what errors, requests and clients print (`String(describing:)`,
/// `String(reflecting:)` and `dump`). A header or query item is hidden when its name says it holds a secret
/// (`Authorization`, `Cookie`, names containing `key`, `token`, `secret`, `password`, `signature`, `session` or
/// `auth`), when the request marks it (`HTTPRequest.sensitiveQueryNames`), or when its value is one of the
/// client's credentials.
enum Redaction {
    /// What is printed instead of a secret.
    static let placeholder = "<redacted>"

    /// Whether a header or query item called `name` holds a secret whatever its value.
    static func isSensitiveName(_ name: Swift.String) -> Swift.Bool {
        let key = Swift.String(name.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) })
        if ["authorization", "proxyauthorization", "cookie", "setcookie"].contains(key) { return true }
        return ["key", "token", "secret", "password", "passwd", "signature", "session", "auth", "credential"]
            .contains { key.contains($0) }
    }

    /// `url` as text with the user and password, and the value of every query item that is sensitive by its
    /// name, by `names` or by its value (one of `secrets`), replaced by `<redacted>`.
    static func url(
        _ url: Swift.String,
        names: Swift.Set<Swift.String> = [],
        secrets: [Swift.String] = []
    ) -> Swift.String {
        var text = url
        if let schemeEnd = text.range(of: "://") {
            let authorityEnd = text[schemeEnd.upperBound...].firstIndex { "/?#".contains($0) } ?? text.endIndex
            if let at = text[schemeEnd.upperBound..<authorityEnd].lastIndex(of: "@") {
                text.replaceSubrange(schemeEnd.upperBound..<at, with: placeholder)
            }
        }
        guard let question = text.firstIndex(of: "?") else { return Self.text(text, secrets: secrets) }
        let fragmentStart = text[question...].firstIndex(of: "#") ?? text.endIndex
        let items = text[text.index(after: question)..<fragmentStart].split(separator: "&", omittingEmptySubsequences: false)
        let redactedItems = items.map { item -> Swift.String in
            guard let equals = item.firstIndex(of: "=") else { return Swift.String(item) }
            let name = Swift.String(item[..<equals])
            let decodedName = name.removingPercentEncoding ?? name
            let value = Swift.String(item[item.index(after: equals)...])
            let decodedValue = value.removingPercentEncoding ?? value
            let hidden = isSensitiveName(decodedName) || names.contains(decodedName) || secrets.contains(decodedValue)
            return hidden ? name + "=" + placeholder : Swift.String(item)
        }
        let head = Swift.String(text[...question])
        let tail = Swift.String(text[fragmentStart...])
        return Self.text(head + redactedItems.joined(separator: "&") + tail, secrets: secrets)
    }

    /// `text` with every occurrence of each non-empty secret, as is or percent-encoded, replaced.
    static func text(_ text: Swift.String, secrets: [Swift.String]) -> Swift.String {
        var result = text
        for secret in secrets where !secret.isEmpty {
            for form in Swift.Set([secret, RequestBuilder.encodeQueryComponent(secret)]) {
                result = result.replacingOccurrences(of: form, with: placeholder)
            }
        }
        return result
    }

    /// The secrets `auth` holds: a password, token or key, and the `Authorization` values made from them.
    static func secrets(of auth: Auth?) -> [Swift.String] {
        switch auth {
        case .none:
            return []
        case .basic(let username, let password):
            return [password, Foundation.Data((username + ":" + password).utf8).base64EncodedString()]
        case .bearer(let token):
            return [token]
        case .apiKey(let key):
            return [key]
        }
    }

    /// `error` unchanged when nothing it prints shows a secret of `secrets` or a sensitive item of a URL;
    /// otherwise a copy that hides them: a `URLError` keeps its code with its URLs redacted, anything else
    /// becomes a `RedactedError` with the redacted description.
    static func error(
        _ error: any Swift.Error,
        names: Swift.Set<Swift.String>,
        secrets: [Swift.String]
    ) -> any Swift.Error & Swift.Sendable {
        if let urlError = error as? Foundation.URLError {
            var info: [Swift.String: Any] = [:]
            for (key, value) in urlError.userInfo {
                switch value {
                case let url as Foundation.URL:
                    info["NSErrorFailingURLStringKey"] = Self.url(url.absoluteString, names: names, secrets: secrets)
                case let string as Swift.String:
                    info[key] = key.contains("URL") ? Self.url(string, names: names, secrets: secrets) : text(string, secrets: secrets)
                default:
                    break
                }
            }
            let redacted = Foundation.URLError(urlError.code, userInfo: info)
            if !shows(redacted, secrets: secrets) { return redacted }
            return RedactedError(description: text(Swift.String(describing: redacted), secrets: secrets))
        }
        if !shows(error, secrets: secrets) {
            return error
        }
        return RedactedError(description: text(Swift.String(describing: error), secrets: secrets))
    }

    /// Whether `value` shows one of `secrets` in its description, debug description or `dump`.
    static func shows(_ value: Any, secrets: [Swift.String]) -> Swift.Bool {
        let nonEmpty = secrets.filter { !$0.isEmpty }
        guard !nonEmpty.isEmpty else { return false }
        var dumped = ""
        Swift.dump(value, to: &dumped)
        let printed = [Swift.String(describing: value), Swift.String(reflecting: value), dumped]
        return printed.contains { text in nonEmpty.contains { text.contains($0) } }
    }
}

/// An error whose original printed a credential: only its description, with the credential replaced, is kept.
public struct RedactedError: Swift.Error, Swift.Sendable, Swift.CustomStringConvertible {
    /// The original error's description with every credential replaced by `<redacted>`.
    public let description: Swift.String

    /// Creates an error with this description.
    public init(description: Swift.String) {
        self.description = description
    }
}
