#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One input document: its bytes and the path under which diagnostics and the generated header name it.
///
/// `displayPath` is relative to the working directory (for example `specs/IonosPostgreSQL/clusters.json`);
/// it never holds an absolute path, so output is the same on every machine.
public struct SpecSource: Hashable, Sendable {
    /// The path shown to users.
    public var displayPath: String
    /// The file's bytes.
    public var data: Data
    /// Where the file is, to resolve external `$ref`s relative to it; nil for a document given only as bytes.
    public var url: URL?

    /// Creates a source from bytes already read.
    public init(displayPath: String, data: Data, url: URL? = nil) {
        self.displayPath = displayPath
        self.data = data
        self.url = url?.standardizedFileURL
    }
}
