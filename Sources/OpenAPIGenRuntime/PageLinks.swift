import Foundation

// MARK: - Next-page links

/// One link of a `Link` header field (RFC 8288): `<https://api.example.com/items?page=2>; rel="next"`.
public struct WebLink: Swift.Sendable, Swift.Hashable {
    /// The target as written between `<` and `>`; it may be relative.
    public var target: Swift.String
    /// The parameters by lowercased name, each with the value of its first occurrence (`nil` for a parameter
    /// without a value); quoted values are unquoted and `name*` values (RFC 8187) decoded.
    public var parameters: [Swift.String: Swift.String?]

    /// Creates a link.
    public init(target: Swift.String, parameters: [Swift.String: Swift.String?] = [:]) {
        self.target = target
        self.parameters = parameters
    }

    /// The relation types of `rel`, lowercased (`rel="next last"` has two).
    public var relations: [Swift.String] {
        guard case .some(.some(let rel)) = parameters["rel"] else { return [] }
        return rel.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).map(Swift.String.init)
    }

    /// The links of a `Link` field value, in order. A link that does not start with `<…>` is skipped up to the
    /// next comma outside quotes; a value cut short ends the list.
    public static func parse(_ value: Swift.String) -> [WebLink] {
        var reader = LinkValueReader(scalars: Swift.Array(value.unicodeScalars))
        return reader.links()
    }

    /// The first link of the `Link` fields among `fields` whose relation types include `next` and whose context
    /// is the response itself (no `anchor`), resolved against `base` (the URL of the request). `nil` when there
    /// is none.
    public static func next(in fields: [HTTPHeaderField], relativeTo base: Foundation.URL) -> Foundation.URL? {
        for field in fields where field.name.lowercased() == "link" {
            for link in parse(field.value) where link.relations.contains("next") && link.parameters["anchor"] == nil {
                return PageLinks.resolve(link.target, against: base)
            }
        }
        return nil
    }
}

/// Resolves and checks the links a next-link walk follows.
@_spi(Generated) public enum PageLinks {
    /// `reference` (absolute, or relative as RFC 3986 resolves it) against `base`; `nil` when it is `nil`, blank or
    /// not a URL.
    @_spi(Generated) public static func resolve(_ reference: Swift.String?, against base: Foundation.URL) -> Foundation.URL? {
        guard let text = reference?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        guard let url = Foundation.URL(string: text, relativeTo: base)?.absoluteURL, url.host != nil else { return nil }
        return url
    }

    /// The scheme, host and port of `url` as `https://api.example.com:443`, lowercased, the port made explicit.
    static func origin(of url: Foundation.URL) -> Swift.String {
        let scheme = (url.scheme ?? "").lowercased()
        let port = url.port ?? (scheme == "https" ? 443 : scheme == "http" ? 80 : -1)
        return scheme + "://" + (url.host ?? "").lowercased() + ":" + Swift.String(port)
    }

    /// `link` with the credential query items `credentials` (`name=value`, encoded) in place of any of the same
    /// names. Throws `ClientError.linkToOtherOrigin` when `link` is not on the origin of `server`, so that
    /// the client's credentials are never sent elsewhere.
    static func target(
        _ link: Foundation.URL,
        server: Foundation.URL,
        credentials: [Swift.String],
        operationID: Swift.String
    ) throws -> Foundation.URL {
        guard origin(of: link) == origin(of: server) else {
            throw ClientError.linkToOtherOrigin(operationID: operationID, origin: origin(of: link))
        }
        guard !credentials.isEmpty, var components = Foundation.URLComponents(url: link, resolvingAgainstBaseURL: false)
        else { return link }
        let names = Swift.Set(credentials.map { $0.split(separator: "=", maxSplits: 1).first.map(Swift.String.init) ?? $0 })
        let kept = (components.percentEncodedQuery ?? "").split(separator: "&").map(Swift.String.init).filter { item in
            !names.contains(item.split(separator: "=", maxSplits: 1).first.map(Swift.String.init) ?? item)
        }
        components.percentEncodedQuery = (kept + credentials).joined(separator: "&")
        return components.url ?? link
    }
}

/// Reads the links of a `Link` field value, scalar by scalar.
struct LinkValueReader {
    /// The value.
    let scalars: [Swift.Unicode.Scalar]
    /// The position of the next scalar.
    var index = 0

    /// Every link from the current position.
    mutating func links() -> [WebLink] {
        var result: [WebLink] = []
        while true {
            skip { $0 == " " || $0 == "\t" || $0 == "," }
            guard index < scalars.count else { return result }
            guard scalars[index] == "<" else {
                skipToNextLink()
                continue
            }
            index += 1
            let start = index
            while index < scalars.count, scalars[index] != ">" {
                index += 1
            }
            guard index < scalars.count else { return result }
            var link = WebLink(target: text(start, index))
            index += 1
            if readParameters(into: &link) {
                result.append(link)
            } else {
                skipToNextLink()
            }
        }
    }

    /// Reads `; name[=value]` parameters up to the next comma or the end; false when something else is found.
    private mutating func readParameters(into link: inout WebLink) -> Swift.Bool {
        while true {
            skip { $0 == " " || $0 == "\t" }
            guard index < scalars.count, scalars[index] != "," else { return true }
            guard scalars[index] == ";" else { return false }
            index += 1
            skip { $0 == " " || $0 == "\t" }
            let start = index
            skip { !Self.isDelimiter($0) && $0 != "=" }
            var name = text(start, index).lowercased()
            guard !name.isEmpty else { return false }
            skip { $0 == " " || $0 == "\t" }
            var value: Swift.String?
            if index < scalars.count, scalars[index] == "=" {
                index += 1
                skip { $0 == " " || $0 == "\t" }
                if index < scalars.count, scalars[index] == "\"" {
                    guard let quoted = readQuoted() else { return false }
                    value = quoted
                } else {
                    let valueStart = index
                    skip { !Self.isDelimiter($0) }
                    value = text(valueStart, index)
                }
            }
            if name.hasSuffix("*") {
                name.removeLast()
                value = value.map(Self.decodeExtended)
            }
            if link.parameters[name] == nil {
                link.parameters[name] = .some(value)
            }
        }
    }

    /// A quoted string from the opening quote, backslash escapes removed; nil when it is not closed.
    private mutating func readQuoted() -> Swift.String? {
        index += 1
        var value = Swift.String.UnicodeScalarView()
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if scalar == "\"" { return Swift.String(value) }
            if scalar == "\\", index < scalars.count {
                value.append(scalars[index])
                index += 1
            } else {
                value.append(scalar)
            }
        }
        return nil
    }

    /// Moves past the next comma that is outside quotes and `<…>`, or to the end.
    private mutating func skipToNextLink() {
        var quoted = false, bracketed = false
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            switch scalar {
            case "\\" where quoted: index += 1
            case "\"" where !bracketed: quoted.toggle()
            case "<" where !quoted: bracketed = true
            case ">" where !quoted: bracketed = false
            case "," where !quoted && !bracketed: return
            default: break
            }
        }
    }

    private mutating func skip(while predicate: (Swift.Unicode.Scalar) -> Swift.Bool) {
        while index < scalars.count, predicate(scalars[index]) {
            index += 1
        }
    }

    private func text(_ start: Swift.Int, _ end: Swift.Int) -> Swift.String {
        var view = Swift.String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return Swift.String(view)
    }

    /// Whether `scalar` ends a token: whitespace, `;`, `,` or `"`.
    private static func isDelimiter(_ scalar: Swift.Unicode.Scalar) -> Swift.Bool {
        scalar == " " || scalar == "\t" || scalar == ";" || scalar == "," || scalar == "\""
    }

    /// An RFC 8187 value (`UTF-8'en'next%20page`) decoded; the value as is when it is not one.
    private static func decodeExtended(_ value: Swift.String) -> Swift.String {
        let parts = value.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3 else { return value }
        return Swift.String(parts[2]).removingPercentEncoding ?? value
    }
}
