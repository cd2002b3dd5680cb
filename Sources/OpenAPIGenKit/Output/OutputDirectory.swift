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

/// Writes generated files into an output folder safely, and compares a folder with fresh output.
///
/// Each file is written to a temporary file in the same folder and renamed over the old one, so a reader
/// never sees a half-written file (the files are not flushed to disk with `fsync`: output can always be
/// generated again). Files whose bytes did not change are not touched. The only files ever
/// deleted are `.swift` files that start with the generator's header and belong to the same output
/// (the same file-name prefix: `Types.swift` and `Endpoints.swift` for no prefix, `Ionos.Types.swift` for
/// `Ionos.`), so two APIs can share a folder; anything else in the folder is left alone.
///
/// Hostile folders are safe too: only regular files are ever read, replaced or removed (a folder, link or
/// pipe with a generated file's name is refused, never followed); a file that would be replaced but does not
/// start with the header is refused; temporary files are created exclusively with unique names; and all
/// temporary files are written before any is renamed, so a failed write changes nothing.
public struct OutputDirectory {
    /// The folder.
    public let url: URL

    /// A folder to write into or compare with.
    public init(url: URL) {
        self.url = url
    }

    /// Writes `files` (whose names start with `prefix`), removes stale generated files with the same prefix,
    /// and returns the names that changed.
    @discardableResult
    public func write(_ files: [GeneratedFile], prefix: String = "") throws -> [String] {
        let manager = FileManager.default
        if let kind = FileKind.at(url.path) {
            guard kind == .folder else { throw OutputError.notADirectory(url.path) }
        } else {
            try manager.createDirectory(at: url, withIntermediateDirectories: true)
        }
        // First every changed file goes to a new temporary file next to its target; only when all of them
        // are written are they renamed over the targets, so a failure leaves the folder as it was.
        var pending: [(temporary: URL, target: URL, name: String)] = []
        func discardPending() {
            for item in pending { try? manager.removeItem(at: item.temporary) }
        }
        for file in files {
            let target = url.appendingPathComponent(file.name)
            switch Self.kind(of: target) {
            case .missing:
                break
            case .regularFile:
                if let existing = manager.contents(atPath: target.path), Self.same(existing, file.contents) { continue }
                guard Self.startsWithHeader(target) else {
                    discardPending()
                    throw OutputError.notGenerated(target.path)
                }
            case .other:
                discardPending()
                throw OutputError.notAFile(target.path)
            }
            let temporary = url.appendingPathComponent(".\(file.name).openapi-gen-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).tmp")
            do {
                // Created exclusively, so it never follows a planted link; not flushed to disk (see `ExclusiveFile`).
                try ExclusiveFile.create(atPath: temporary.path, contents: file.contents)
            } catch {
                discardPending()
                throw OutputError.cannotWrite(target.path, "\(error)")
            }
            pending.append((temporary, target, file.name))
        }
        var changed: [String] = []
        for (index, item) in pending.enumerated() where rename(item.temporary.path, item.target.path) != 0 {
            let reason = String(cString: strerror(errno))
            for rest in pending[index...] { try? manager.removeItem(at: rest.temporary) }
            throw OutputError.cannotWrite(item.target.path, reason)
        }
        changed += pending.map(\.name)
        let names = Set(files.map(\.name))
        for stale in try generatedFileNames(prefix: prefix) where !names.contains(stale) {
            try manager.removeItem(at: url.appendingPathComponent(stale))
            changed.append(stale)
        }
        return changed.sorted()
    }

    /// Whether `data` holds exactly `text` in UTF-8, compared with `memcmp`.
    static func same(_ data: Data, _ text: String) -> Bool {
        var text = text
        guard data.count == text.utf8.count else { return false }
        return data.withUnsafeBytes { stored in
            text.withUTF8 { fresh in
                guard let old = stored.baseAddress, let new = fresh.baseAddress else { return true }
                return memcmp(old, new, stored.count) == 0
            }
        }
    }

    /// The `.swift` files in the folder that the generator wrote (recognised by their first line) for
    /// outputs with file-name prefix `prefix`.
    public func generatedFileNames(prefix: String = "") throws -> [String] {
        let manager = FileManager.default
        guard manager.fileExists(atPath: url.path) else { return [] }
        return try manager.contentsOfDirectory(atPath: url.path).filter { name in
            let stem = name.dropFirst(prefix.count).dropLast(".swift".count)
            guard name.hasPrefix(prefix), name.hasSuffix(".swift"), !stem.isEmpty, !stem.contains(".") else { return false }
            let file = url.appendingPathComponent(name)
            return Self.kind(of: file) == .regularFile && Self.startsWithHeader(file)
        }.sorted()
    }

    /// What is at a path, without following a symbolic link at the path itself.
    enum EntryKind: Equatable {
        case missing, regularFile, other
    }

    /// Whether `file` is missing, a regular file, or anything else (folder, link, pipe, device…).
    static func kind(of file: URL) -> EntryKind {
        var info = stat()
        guard lstat(file.path, &info) == 0 else { return errno == ENOENT ? .missing : .other }
        return info.st_mode & S_IFMT == S_IFREG ? .regularFile : .other
    }

    /// Whether the regular file `file` starts with the generator's header line. Reads only that many bytes.
    static func startsWithHeader(_ file: URL) -> Bool {
        let marker = Data(FileHeader.marker.utf8)
        return (try? FilePrefixReader.bytes(atPath: file.path, limit: marker.count)) == marker
    }

    /// How the folder differs from `files`: missing, changed and stale files, each with the first differing lines.
    public func differences(from files: [GeneratedFile]) throws -> [OutputDifference] {
        var result: [OutputDifference] = []
        for file in files {
            let target = url.appendingPathComponent(file.name)
            // Only a regular file is read: a pipe with this name would block `check` forever.
            guard Self.kind(of: target) == .regularFile, let data = FileManager.default.contents(atPath: target.path) else {
                result.append(OutputDifference(file: target.path, line: 0, committed: nil, generated: nil, kind: .missing))
                continue
            }
            let committed = String(decoding: data, as: UTF8.self)
            if committed != file.contents {
                result.append(OutputDifference.firstDifference(path: target.path, committed: committed, generated: file.contents))
            }
        }
        let names = Set(files.map(\.name))
        for stale in try generatedFileNames() where !names.contains(stale) {
            result.append(OutputDifference(file: url.appendingPathComponent(stale).path, line: 0, committed: nil, generated: nil, kind: .stale))
        }
        return result
    }
}

/// Why output could not be written.
public enum OutputError: Error, CustomStringConvertible {
    case notADirectory(String)
    case cannotWrite(String, String)
    /// A file the generator would replace is not one it generated (its first line is not the header).
    case notGenerated(String)
    /// Something the generator would replace is not a regular file (a folder, a link, a pipe…).
    case notAFile(String)

    public var description: String {
        switch self {
        case .notADirectory(let path): return "\(path) exists and is not a folder; refusing to write generated files there"
        case .notGenerated(let path): return "\(path) exists and was not generated by openapi-gen (it does not start with '\(FileHeader.marker)'); refusing to overwrite it"
        case .notAFile(let path): return "\(path) exists and is not a regular file; refusing to replace it"
        case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
        }
    }
}

/// One way a committed output folder differs from a fresh generation.
public struct OutputDifference: Hashable, Sendable, CustomStringConvertible {
    /// What kind of difference.
    public enum Kind: Hashable, Sendable { case missing, changed, stale }
    /// The file.
    public var file: String
    /// The first differing line (1-based), 0 when the whole file is missing or stale.
    public var line: Int
    /// The committed text of that line (nil past the end).
    public var committed: String?
    /// The freshly generated text of that line (nil past the end).
    public var generated: String?
    /// What kind of difference.
    public var kind: Kind

    /// Finds the first line where the two texts differ.
    static func firstDifference(path: String, committed: String, generated: String) -> OutputDifference {
        let old = committed.split(separator: "\n", omittingEmptySubsequences: false)
        let new = generated.split(separator: "\n", omittingEmptySubsequences: false)
        var index = 0
        while index < old.count, index < new.count, old[index] == new[index] { index += 1 }
        return OutputDifference(
            file: path, line: index + 1, committed: index < old.count ? String(old[index]) : nil,
            generated: index < new.count ? String(new[index]) : nil, kind: .changed
        )
    }

    public var description: String {
        switch kind {
        case .missing: return "\(file): missing (not generated yet)"
        case .stale: return "\(file): no longer generated (stale)"
        case .changed:
            return "\(file):\(line): differs\n  - committed: \(committed ?? "<end of file>")\n  + generated: \(generated ?? "<end of file>")"
        }
    }
}
