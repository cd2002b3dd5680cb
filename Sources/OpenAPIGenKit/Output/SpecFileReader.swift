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

/// Reads spec files defensively: only regular files (a folder, a pipe or a device such as `/dev/zero` is
/// refused before it is opened, so reading can neither hang nor run out of memory), and at most
/// `maximumSize` bytes.
public enum SpecFileReader {
    /// The largest spec file read: 256 MB, far beyond any real OpenAPI document.
    public static let maximumSize = 256 * 1024 * 1024

    /// Why a file was not read.
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        /// Nothing is at the path.
        case missing
        /// The path names a folder, pipe, socket or device.
        case notAFile
        /// The file has more than this many bytes.
        case tooLarge(limit: Int)
        /// The system refused to read it, for this reason.
        case unreadable(String)

        /// A plain sentence for a diagnostic: `no such file`, …
        public var description: String {
            switch self {
            case .missing: return "no such file"
            case .notAFile: return "not a regular file (a folder, pipe or device?); expected a JSON or YAML file"
            case .tooLarge(let limit): return "the file is larger than \(limit / (1024 * 1024)) MB; refusing to read it"
            case .unreadable(let reason): return "the file cannot be read (\(reason))"
            }
        }
    }

    /// The bytes of the file at `url` (symbolic links are followed), or why they were not read.
    public static func read(_ url: URL, maximumSize: Int = maximumSize) -> Result<Data, Failure> {
        var info = stat()
        guard stat(url.path, &info) == 0 else {
            return .failure(errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable(String(cString: strerror(errno))))
        }
        guard info.st_mode & S_IFMT == S_IFREG else { return .failure(.notAFile) }
        guard Int(info.st_size) <= maximumSize else { return .failure(.tooLarge(limit: maximumSize)) }
        do {
            // One byte more than allowed tells a file that grew since `stat` from one that did not.
            let data = try FilePrefixReader.bytes(atPath: url.path, limit: maximumSize + 1)
            return data.count > maximumSize ? .failure(.tooLarge(limit: maximumSize)) : .success(data)
        } catch {
            return .failure(.unreadable("\(error)"))
        }
    }
}
