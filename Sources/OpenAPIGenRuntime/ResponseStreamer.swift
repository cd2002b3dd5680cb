import Foundation

// MARK: - Sending streaming operations

/// Sends the requests of streaming operations (server-sent events, JSON lines, byte downloads) through the same
/// `RequestExecutor` as every other request, so that credentials, header checks, middlewares and retries apply
/// unchanged: the executor's transport is swapped for a `Capture` that asks the real transport to stream and
/// hands the middlewares the status and headers with an empty body. The body of the last attempt is then
/// streamed to the caller. (A middleware that replaces the body with bytes of its own has those streamed.)
@_spi(Generated) public enum ResponseStreamer {
    /// Sends `request` and returns once the response's head arrived.
    @_spi(Generated) public static func send(
        _ request: RequestBuilder,
        security: [[SecurityScheme]],
        executor: RequestExecutor
    ) async throws -> HTTPStreamingResponse {
        let capture = Capture(transport: executor.transport, operationID: request.operationID)
        var streaming = executor
        streaming.transport = capture
        let head = try await streaming.send(request, security: security)
        let body = head.body.isEmpty ? capture.latestBody() ?? ByteStream(data: head.body) : ByteStream(data: head.body)
        return HTTPStreamingResponse(statusCode: head.statusCode, headerFields: head.headerFields, body: body)
    }

    /// The whole of `response`, its body collected, for error responses.
    @_spi(Generated) public static func collect(_ response: HTTPStreamingResponse, operationID: Swift.String) async throws -> HTTPResponse {
        let body: Foundation.Data
        do {
            body = try await response.body.collected()
        } catch let error as ClientError {
            throw error
        } catch {
            throw ClientError.transportFailed(operationID: operationID, underlying: error)
        }
        return HTTPResponse(statusCode: response.statusCode, headerFields: response.headerFields, body: body)
    }

    /// A transport that streams through `transport` (or sends through it, when it cannot stream) and keeps the
    /// body of the latest response.
    final class Capture: HTTPTransport, @unchecked Swift.Sendable {
        /// The client's transport.
        private let transport: any HTTPTransport
        /// The operation, for errors.
        private let operationID: Swift.String
        /// Guards `body`.
        private let lock = Foundation.NSLock()
        /// The body of the latest response.
        private var body: ByteStream?

        init(transport: any HTTPTransport, operationID: Swift.String) {
            self.transport = transport
            self.operationID = operationID
        }

        /// The body of the latest response, if any.
        func latestBody() -> ByteStream? {
            lock.withLock { body }
        }

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            guard let streaming = transport as? any HTTPStreamingTransport else {
                let response = try await transport.send(request)
                lock.withLock { body = ByteStream(data: response.body) }
                return HTTPResponse(statusCode: response.statusCode, headerFields: response.headerFields)
            }
            let response = try await streaming.stream(request)
            let wrapped = ResponseStreamer.failingAsTransport(response.body, operationID: operationID)
            lock.withLock { body = wrapped }
            return HTTPResponse(statusCode: response.statusCode, headerFields: response.headerFields)
        }
    }

    /// `body` with any error the transfer throws as `ClientError.transportFailed` (cancellation as it is).
    static func failingAsTransport(_ body: ByteStream, operationID: Swift.String) -> ByteStream {
        let source = IteratorBox(body.makeAsyncIterator())
        return ByteStream(Swift.AsyncThrowingStream(unfolding: {
            do {
                return try await source.next()
            } catch let error as Swift.CancellationError {
                throw error
            } catch {
                throw ClientError.transportFailed(operationID: operationID, underlying: error)
            }
        }))
    }

    /// Holds an iterator for an `AsyncThrowingStream(unfolding:)`, whose closure the single consumer calls one
    /// at a time, so the iterator is never used concurrently.
    final class IteratorBox<Base: Swift.AsyncIteratorProtocol>: @unchecked Swift.Sendable {
        private var base: Base

        init(_ base: Base) {
            self.base = base
        }

        /// The next element of the iterator.
        func next() async throws -> Base.Element? {
            try await base.next()
        }
    }
}
