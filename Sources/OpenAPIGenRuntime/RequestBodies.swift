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
/// Two streams are equal only when they are the same stream. A stream made from a sequence can be sent once:
/// sending it again (a retry, say) throws `AlreadySent` rather than sending an empty or partial body.
public struct HTTPBodyStream: Swift.Sendable, Swift.Hashable {
    /// The error thrown when a stream made from a sequence is read a second time.
    public struct AlreadySent: Swift.Error, Swift.Sendable, Swift.CustomStringConvertible {
        /// Explains the error.
        public var description: Swift.String {
            "The request body stream was already sent; a stream made from an AsyncSequence can be sent only once."
        }
    }

    /// Gives the stream its identity and remembers whether a one-time stream was read.
    final class Identity: @unchecked Swift.Sendable {
        /// Guards `used`.
        private let lock = Foundation.NSLock()
        /// Whether the stream was read.
        private var used = false

        /// Marks the stream as read; `false` when it already was.
        func claim() -> Swift.Bool {
            lock.withLock {
                defer { used = true }
                return !used
            }
        }
    }

    /// The stream's identity.
    private let identity = Identity()
    /// Whether the stream can be read only once (it was made from a sequence).
    private let isOneTime: Swift.Bool
    /// Passes every chunk, in order, to the closure it is given.
    private let produce: @Sendable (_ sink: (Foundation.Data) async throws -> Swift.Void) async throws -> Swift.Void

    /// A stream of the chunks of `chunks`.
    public init<Chunks: Swift.AsyncSequence & Swift.Sendable>(_ chunks: Chunks) where Chunks.Element == Foundation.Data {
        isOneTime = true
        produce = { sink in
            for try await chunk in chunks {
                try await sink(chunk)
            }
        }
    }

    /// A stream of the chunks of `chunks`.
    public init<Chunks: Swift.AsyncSequence & Swift.Sendable>(_ chunks: Chunks) where Chunks.Element == [Swift.UInt8] {
        isOneTime = true
        produce = { sink in
            for try await chunk in chunks {
                try await sink(Foundation.Data(chunk))
            }
        }
    }

    /// A stream whose chunks `produce` passes to the closure it is given, every time it is read.
    init(producer produce: @escaping @Sendable (_ sink: (Foundation.Data) async throws -> Swift.Void) async throws -> Swift.Void) {
        isOneTime = false
        self.produce = produce
    }

    /// Calls `body` with every chunk, in order. Throws `AlreadySent` when a stream made from a sequence was
    /// read before.
    public func forEachChunk(_ body: (Foundation.Data) async throws -> Swift.Void) async throws {
        if isOneTime, !identity.claim() {
            throw AlreadySent()
        }
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
