#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A JSON Pointer (RFC 6901) written in URI-fragment form, `#/components/schemas/Pet`.
///
/// Tokens are stored unescaped; `description` escapes `~` as `~0` and `/` as `~1`.
///
/// Pointers are the keys of large sets and dictionaries (every schema's place, every visited node), so each carries
/// a digest of its tokens, extended token by token as `appending` builds it: hashing a pointer combines one word
/// instead of every token again, and two different pointers are told apart by their digests at once.
public struct JSONPointer: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The unescaped reference tokens, from the document root down.
    public private(set) var tokens: [String]
    /// 64-bit FNV-1a of the tokens' UTF-8 bytes, each token followed by a 0xFF byte (which UTF-8 never contains).
    private let digest: UInt64

    /// Creates a pointer from unescaped tokens.
    public init(_ tokens: [String] = []) {
        self.tokens = tokens
        digest = tokens.reduce(FNV1a.offsetBasis, Self.digest)
    }

    private init(tokens: [String], digest: UInt64) {
        self.tokens = tokens
        self.digest = digest
    }

    /// `digest` extended by `token` and the separator.
    private static func digest(_ digest: UInt64, _ token: String) -> UInt64 {
        FNV1a.extend(FNV1a.extend(digest, with: token.utf8), with: 0xff)
    }

    public static func == (lhs: JSONPointer, rhs: JSONPointer) -> Bool {
        lhs.digest == rhs.digest && lhs.tokens == rhs.tokens
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(digest)
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
        let decoded = text.utf8.contains(UInt8(ascii: "%")) ? (PercentDecoding.decoded(text) ?? String(text)) : String(text)
        let parts = decoded.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        self.init(parts.map { $0.utf8.contains(UInt8(ascii: "~")) ? String($0.replacing("~1", with: "/").replacing("~0", with: "~")) : String($0) })
    }

    /// This pointer with one more token.
    public func appending(_ token: String) -> JSONPointer {
        var extended: [String] = []
        extended.reserveCapacity(tokens.count + 1)
        extended.append(contentsOf: tokens)
        extended.append(token)
        return JSONPointer(tokens: extended, digest: Self.digest(digest, token))
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
            Self.appendEscaped(token, to: &text)
        }
        return text
    }

    /// Appends `token` with `~` written `~0` and `/` written `~1`. The bytes are searched with `memchr` and copied in
    /// runs: Foundation's `contains(_: String)` and `replacingOccurrences` go through NSString, which dominated the
    /// lowering of large documents (pointers name inline types), and a loop over characters is slow on huge tokens.
    private static func appendEscaped(_ token: String, to text: inout String) {
        var token = token
        let escaped = token.withUTF8 { bytes -> Bool in
            guard let base = bytes.baseAddress else { return false }
            /// The offset of the next `byte` at or after `start`, or `bytes.count`.
            func next(_ byte: UInt8, from start: Int) -> Int {
                guard start < bytes.count, let found = memchr(base + start, Int32(byte), bytes.count - start) else { return bytes.count }
                return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            var start = 0
            var tilde = next(UInt8(ascii: "~"), from: 0)
            var slash = next(UInt8(ascii: "/"), from: 0)
            guard min(tilde, slash) < bytes.count else { return false }
            while true {
                let special = min(tilde, slash)
                text += String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<special]), as: UTF8.self)
                guard special < bytes.count else { return true }
                if special == tilde {
                    text += "~0"
                    tilde = next(UInt8(ascii: "~"), from: special + 1)
                } else {
                    text += "~1"
                    slash = next(UInt8(ascii: "/"), from: special + 1)
                }
                start = special + 1
            }
        }
        if !escaped { text += token }
    }

    public static func < (lhs: JSONPointer, rhs: JSONPointer) -> Bool {
        lhs.tokens.lexicographicallyPrecedes(rhs.tokens)
    }
}
