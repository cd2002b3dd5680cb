import Foundation

/// Writes generated files into an output folder safely, and compares a folder with fresh output.
///
/// Each file is written to a temporary file in the same folder and renamed over the old one, so a reader
/// never sees a half-written file. Files whose bytes did not change are not touched. The only files ever
/// deleted are `.swift` files that start with the generator's header and belong to the same output
/// (the same file-name prefix: `Types.swift` and `Endpoints.swift` for no prefix, `Ionos.Types.swift` for
/// `Ionos.`), so two APIs can share a folder; anything else in the folder is left alone.
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
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw OutputError.notADirectory(url.path) }
        } else {
            try manager.createDirectory(at: url, withIntermediateDirectories: true)
        }
        var changed: [String] = []
        for file in files {
            let target = url.appendingPathComponent(file.name)
            let data = Data(file.contents.utf8)
            if manager.contents(atPath: target.path) == data { continue }
            let temporary = url.appendingPathComponent(".\(file.name).openapi-gen-\(ProcessInfo.processInfo.processIdentifier).tmp")
            try data.write(to: temporary)
            if rename(temporary.path, target.path) != 0 {
                try? manager.removeItem(at: temporary)
                throw OutputError.cannotWrite(target.path, String(cString: strerror(errno)))
            }
            changed.append(file.name)
        }
        let names = Set(files.map(\.name))
        for stale in try generatedFileNames(prefix: prefix) where !names.contains(stale) {
            try manager.removeItem(at: url.appendingPathComponent(stale))
            changed.append(stale)
        }
        return changed.sorted()
    }

    /// The `.swift` files in the folder that the generator wrote (recognised by their first line) for
    /// outputs with file-name prefix `prefix`.
    public func generatedFileNames(prefix: String = "") throws -> [String] {
        let manager = FileManager.default
        guard manager.fileExists(atPath: url.path) else { return [] }
        return try manager.contentsOfDirectory(atPath: url.path).filter { name in
            let stem = name.dropFirst(prefix.count).dropLast(".swift".count)
            guard name.hasPrefix(prefix), name.hasSuffix(".swift"), !stem.isEmpty, !stem.contains("."), let handle = FileHandle(forReadingAtPath: url.appendingPathComponent(name).path) else { return false }
            defer { try? handle.close() }
            let head = handle.readData(ofLength: FileHeader.marker.utf8.count)
            return head == Data(FileHeader.marker.utf8)
        }.sorted()
    }

    /// How the folder differs from `files`: missing, changed and stale files, each with the first differing lines.
    public func differences(from files: [GeneratedFile]) throws -> [OutputDifference] {
        var result: [OutputDifference] = []
        for file in files {
            let target = url.appendingPathComponent(file.name)
            guard let data = FileManager.default.contents(atPath: target.path) else {
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

    public var description: String {
        switch self {
        case .notADirectory(let path): return "\(path) exists and is not a folder; refusing to write generated files there"
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
