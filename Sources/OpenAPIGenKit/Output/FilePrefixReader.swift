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
        // Room for the whole file as `fstat` sees it, plus one byte to notice that it grew; doubled if it did.
        var info = stat()
        let expected = fstat(descriptor, &info) == 0 ? max(Int(info.st_size), 0) : 0
        var data = Data(count: min(limit, max(expected + 1, 4096)))
        var filled = 0
        while filled < limit {
            if filled == data.count { data.count = min(limit, data.count * 2) }
            let room = data.count - filled
            let count = data.withUnsafeMutableBytes { buffer in
                buffer.baseAddress.map { read(descriptor, $0 + filled, room) } ?? 0
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
