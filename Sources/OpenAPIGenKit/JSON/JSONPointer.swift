import Foundation

/// A JSON Pointer (RFC 6901) written in URI-fragment form, `#/components/schemas/Pet`.
///
/// Tokens are stored unescaped; `description` escapes `~` as `~0` and `/` as `~1`.
public struct JSONPointer: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The unescaped reference tokens, from the document root down.
    public var tokens: [String]

    /// Creates a pointer from unescaped tokens.
    public init(_ tokens: [String] = []) {
        self.tokens = tokens
    }

    /// The pointer to the document root, `#`.
    public static let root = JSONPointer()

    /// Parses a fragment such as `#/components/schemas/Pet` or `/components/schemas/Pet`.
    /// Percent-escapes are decoded first (the fragment is part of a URI), then `~1` and `~0`.
    /// Returns nil when the text is not a pointer.
    public init?(fragment: String) {
        var text = Substring(fragment)
        if text.hasPrefix("#") { text = text.dropFirst() }
        if text.isEmpty {
            self.init()
            return
        }
        guard text.hasPrefix("/") else { return nil }
        // Byte checks first: Foundation's `contains(_: String)` goes through NSString and dominated reference-heavy
        // documents, and most fragments have neither escapes nor `~`.
        let decoded = text.utf8.contains(UInt8(ascii: "%")) ? (String(text).removingPercentEncoding ?? String(text)) : String(text)
        let parts = decoded.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        self.init(parts.map { $0.utf8.contains(UInt8(ascii: "~")) ? $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~") : String($0) })
    }

    /// This pointer with one more token.
    public func appending(_ token: String) -> JSONPointer {
        JSONPointer(tokens + [token])
    }

    /// This pointer with an array index appended.
    public func appending(_ index: Int) -> JSONPointer {
        appending(String(index))
    }

    /// The pointer one level up, or nil at the root.
    public var parent: JSONPointer? {
        tokens.isEmpty ? nil : JSONPointer(Array(tokens.dropLast()))
    }

    /// Whether `self` equals `other` or lies below it.
    public func hasPrefix(_ other: JSONPointer) -> Bool {
        tokens.starts(with: other.tokens)
    }

    /// `#/a/b~1c`.
    public var description: String {
        var text = "#"
        for token in tokens {
            text += "/"
            if token.contains("~") || token.contains("/") {
                text += token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
            } else {
                text += token
            }
        }
        return text
    }

    public static func < (lhs: JSONPointer, rhs: JSONPointer) -> Bool {
        lhs.tokens.lexicographicallyPrecedes(rhs.tokens)
    }
}
