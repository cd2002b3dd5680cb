import Foundation

// MARK: - Streamed responses

/// A transport that can hand over a response's body as it arrives, chunk by chunk, instead of all at once.
/// `URLSessionTransport` is one. Streaming operations (server-sent events, JSON lines, byte downloads) use
/// `stream(_:)` when the client's transport has it, and otherwise `send(_:)`, whose whole body then arrives as
/// one chunk.
public protocol HTTPStreamingTransport: HTTPTransport {
    /// Sends `request` and returns as soon as the status and headers arrived; the body follows in `body`.
    /// Throws only when no response arrived. Dropping or leaving the body stream cancels the transfer.
    func stream(_ request: HTTPRequest) async throws -> HTTPStreamingResponse
}

/// A response whose body is still arriving.
public struct HTTPStreamingResponse: Swift.Sendable {
    /// The HTTP status code, such as `200`.
    public var statusCode: Swift.Int
    /// The header fields.
    public var headerFields: [HTTPHeaderField]
    /// The body's bytes, chunk by chunk, as they arrive.
    public var body: ByteStream

    /// Creates a response.
    public init(statusCode: Swift.Int, headerFields: [HTTPHeaderField] = [], body: ByteStream) {
        self.statusCode = statusCode
        self.headerFields = headerFields
        self.body = body
    }

    /// The value of the first header field called `name`, compared case-insensitively; `nil` when there is none.
    public func value(forHeader name: Swift.String) -> Swift.String? {
        HTTPHeaderField.firstValue(in: headerFields, named: name)
    }
}

/// The bytes of a response body as they arrive: an `AsyncSequence` of `Data` chunks that never holds the whole
/// body. Iterate it once; `write(to:)` saves it to a file.
public struct ByteStream: Swift.AsyncSequence, Swift.Sendable {
    /// One chunk of bytes.
    public typealias Element = Foundation.Data

    /// The chunks.
    let chunks: Swift.AsyncThrowingStream<Foundation.Data, any Swift.Error>

    /// A stream of the chunks `chunks` yields.
    public init(_ chunks: Swift.AsyncThrowingStream<Foundation.Data, any Swift.Error>) {
        self.chunks = chunks
    }

    /// A stream of one chunk, `data` (none when it is empty).
    public init(data: Foundation.Data) {
        self.chunks = Swift.AsyncThrowingStream { continuation in
            if !data.isEmpty {
                continuation.yield(data)
            }
            continuation.finish()
        }
    }

    /// Iterates the chunks.
    public func makeAsyncIterator() -> Swift.AsyncThrowingStream<Foundation.Data, any Swift.Error>.AsyncIterator {
        chunks.makeAsyncIterator()
    }

    /// Writes the chunks, as they arrive, to the file at `fileURL` (created or replaced) and returns how many
    /// bytes were written. The file is removed when the transfer fails.
    @discardableResult
    public func write(to fileURL: Foundation.URL) async throws -> Swift.Int {
        guard Foundation.FileManager.default.createFile(atPath: fileURL.path, contents: nil) else {
            throw Foundation.CocoaError(.fileWriteUnknown, userInfo: [Foundation.NSFilePathErrorKey: fileURL.path])
        }
        let handle = try Foundation.FileHandle(forWritingTo: fileURL)
        var written = 0
        do {
            for try await chunk in chunks {
                try handle.write(contentsOf: chunk)
                written += chunk.count
            }
            try handle.close()
        } catch {
            try? handle.close()
            try? Foundation.FileManager.default.removeItem(at: fileURL)
            throw error
        }
        return written
    }

    /// Every chunk joined into one `Data`; for small bodies such as error responses.
    public func collected() async throws -> Foundation.Data {
        var data = Foundation.Data()
        for try await chunk in chunks {
            data.append(chunk)
        }
        return data
    }
}
