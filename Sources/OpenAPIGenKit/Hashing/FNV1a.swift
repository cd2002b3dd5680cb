/// 64-bit FNV-1a: a hash that is the same on every machine and every run (Swift's `Hasher` is seeded per
/// process), for what must be stable (which type file a type goes in) or computed piece by piece (a JSON
/// Pointer's digest, extended token by token).
enum FNV1a {
    /// The hash of no bytes.
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    /// `hash` extended by `bytes`.
    static func extend(_ hash: UInt64, with bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = hash
        for byte in bytes { hash = extend(hash, with: byte) }
        return hash
    }

    /// `hash` extended by one `byte`.
    static func extend(_ hash: UInt64, with byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
}
