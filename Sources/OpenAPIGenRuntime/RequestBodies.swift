import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

// MARK: - Request bodies

/// What a request sends as its body: bytes in memory, a file read while it is sent, or chunks produced while it
/// is sent. Only `.data` is ever held in memory whole; `URLSessionTransport` uploads `.file` from the file and
/// `.stream` through a temporary file it writes chunk by chunk.
public enum HTTPRequestBody: Swift.Sendable, Swift.Hashable {
    /// These bytes.
    case data(Foundation.Data)
    /// The contents of the file at this URL, read while the request is sent.
    case file(Foundation.URL)
    /// Chunks produced while the request is sent; a stream can be sent once.
    case stream(HTTPBodyStream)
}

/// A request body produced chunk by chunk while it is sent, from an `AsyncSequence` of `Data` or `[UInt8]`.
/// Two streams are equal only when they are the same stream.
public struct HTTPBodyStream: Swift.Sendable, Swift.Hashable {
    /// Gives the stream its identity.
    final class Identity: Swift.Sendable {}

    /// The stream's identity.
    private let identity = Identity()
    /// Passes every chunk, in order, to the closure it is given.
    private let produce: @Sendable (_ sink: (Foundation.Data) async throws -> Swift.Void) async throws -> Swift.Void

    /// A stream of the chunks of `chunks`.
    public init<Chunks: Swift.AsyncSequence & Swift.Sendable>(_ chunks: Chunks) where Chunks.Element == Foundation.Data {
        produce = { sink in
            for try await chunk in chunks {
                try await sink(chunk)
            }
        }
    }

    /// A stream of the chunks of `chunks`.
    public init<Chunks: Swift.AsyncSequence & Swift.Sendable>(_ chunks: Chunks) where Chunks.Element == [Swift.UInt8] {
        produce = { sink in
            for try await chunk in chunks {
                try await sink(Foundation.Data(chunk))
            }
        }
    }

    /// A stream whose chunks `produce` passes to the closure it is given.
    init(producer produce: @escaping @Sendable (_ sink: (Foundation.Data) async throws -> Swift.Void) async throws -> Swift.Void) {
        self.produce = produce
    }

    /// Calls `body` with every chunk, in order.
    public func forEachChunk(_ body: (Foundation.Data) async throws -> Swift.Void) async throws {
        try await produce(body)
    }

    /// Whether `lhs` and `rhs` are the same stream.
    public static func == (lhs: HTTPBodyStream, rhs: HTTPBodyStream) -> Swift.Bool {
        lhs.identity === rhs.identity
    }

    /// Hashes the stream's identity.
    public func hash(into hasher: inout Swift.Hasher) {
        hasher.combine(Swift.ObjectIdentifier(identity))
    }
}

/// Reads a file in chunks, so that a file sent as a body or a multipart part is never in memory whole.
enum FileChunks {
    /// The size of one chunk: 64 KiB.
    static let chunkSize = 65_536

    /// Calls `body` with the contents of the file at `url`, chunk by chunk.
    static func forEach(in url: Foundation.URL, _ body: (Foundation.Data) async throws -> Swift.Void) async throws {
        let handle = try Foundation.FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        while let chunk = try handle.read(upToCount: chunkSize), !chunk.isEmpty {
            try await body(chunk)
        }
    }

    /// Writes every chunk of `stream` to a new temporary file and returns its URL; the caller removes it.
    static func temporaryFile(from stream: HTTPBodyStream) async throws -> Foundation.URL {
        let url = Foundation.FileManager.default.temporaryDirectory
            .appendingPathComponent("openapi-upload-" + Foundation.UUID().uuidString)
        guard Foundation.FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw Foundation.CocoaError(.fileWriteUnknown)
        }
        do {
            let handle = try Foundation.FileHandle(forWritingTo: url)
            defer { try? handle.close() }
            try await stream.forEachChunk { chunk in
                try handle.write(contentsOf: chunk)
            }
        } catch {
            try? Foundation.FileManager.default.removeItem(at: url)
            throw error
        }
        return url
    }
}
