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

/// Reads the first bytes of a file with `open(2)` and `read(2)`: the spec reader's bounded read and the output
/// folder's header check, without `FileHandle` (which would need Foundation beyond FoundationEssentials).
enum FilePrefixReader {
    /// At most `limit` bytes from the start of the file at `path` (fewer when the file is shorter). Throws the
    /// system's reason when the file cannot be opened or read.
    static func bytes(atPath path: String, limit: Int) throws -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw SystemFailure.current() }
        defer { close(descriptor) }
        var data = Data()
        var filled = 0
        while filled < limit {
            let wanted = min(1 << 20, limit - filled)
            data.count = filled + wanted
            let count = data.withUnsafeMutableBytes { buffer in
                buffer.baseAddress.map { read(descriptor, $0 + filled, wanted) } ?? 0
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw SystemFailure.current()
            }
            if count == 0 { break }
            filled += count
        }
        data.count = filled
        return data
    }
}
