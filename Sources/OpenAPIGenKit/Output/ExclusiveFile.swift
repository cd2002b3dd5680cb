#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Creates a new file that must not exist yet and writes bytes to it, with `open(2)` and `write(2)`.
///
/// The file is created exclusively (`O_CREAT | O_EXCL`), so a link, file or anything else already at the path
/// makes it fail instead of being followed or replaced. It is not flushed to disk: `OutputDirectory` renames it
/// over its target, which is atomic for readers, and generated output can always be generated again.
/// Foundation's `Data.write(to:)` calls `fsync` for every file, which cost about 1 ms per file, half of the
/// wall time of generating a small document.
enum ExclusiveFile {
    /// Creates `path` with the permissions `0666` less the umask and writes `contents` in UTF-8, straight from the
    /// string's storage. On failure the file, if created, is removed, and the thrown error says why.
    static func create(atPath path: String, contents: String) throws {
        var contents = contents
        try contents.withUTF8 { try create(atPath: path, bytes: UnsafeRawBufferPointer($0)) }
    }

    private static func create(atPath path: String, bytes buffer: UnsafeRawBufferPointer) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw SystemFailure.current() }
        var written = 0
        var failure: SystemFailure?
        while written < buffer.count {
            let count = write(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
            if count < 0 {
                if errno == EINTR { continue }
                failure = SystemFailure.current()
                break
            }
            written += count
        }
        if close(descriptor) != 0, failure == nil { failure = SystemFailure.current() }
        if let failure {
            unlink(path)
            throw failure
        }
    }
}

/// Why a system call on a file failed: the system's message for `errno`.
struct SystemFailure: Error, CustomStringConvertible {
    /// The system's message.
    var reason: String
    var description: String { reason }

    /// The failure `errno` describes now.
    static func current() -> SystemFailure {
        SystemFailure(reason: String(cString: strerror(errno)))
    }
}
