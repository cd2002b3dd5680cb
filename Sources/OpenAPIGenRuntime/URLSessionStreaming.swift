import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

// MARK: - Streaming over URLSession

/// Runs one request of `URLSessionTransport.stream(_:)`: a session of its own, whose data delegate hands the
/// status and headers to the caller as soon as they arrive and then the body's chunks to a `ByteStream`.
/// (FoundationNetworking has no `URLSession.bytes(for:)`, so the delegate is the way on every platform.) The
/// session is invalidated when the transfer ends, fails or the stream is dropped.
final class URLSessionStreamDelegate: Foundation.NSObject, URLSessionTransport.DataDelegate, @unchecked Swift.Sendable {
    /// Guards `head` and `finished`; the delegate's callbacks and the caller's cancellation run on other threads.
    private let lock = Foundation.NSLock()
    /// Resumed once, with the response head (status and header fields) or the error that came instead.
    private var head: Swift.CheckedContinuation<(Swift.Int, [HTTPHeaderField]), any Swift.Error>?
    /// Whether the task ended.
    private var finished = false
    /// Where the body's chunks go. Only the caller holds the stream itself, so that dropping it ends the
    /// transfer (`onTermination`).
    private let chunks: Swift.AsyncThrowingStream<Foundation.Data, any Swift.Error>.Continuation

    private init(chunks: Swift.AsyncThrowingStream<Foundation.Data, any Swift.Error>.Continuation) {
        self.chunks = chunks
        super.init()
    }

    /// Sends `request` with a session configured as `configuration` and returns the response once its head
    /// arrived. Cancelling the calling task cancels the transfer.
    static func start(
        _ request: HTTPRequest,
        configuration: URLSessionTransport.Configuration
    ) async throws -> HTTPStreamingResponse {
        var urlRequest = URLSessionTransport.PlatformRequest(url: request.url)
        urlRequest.httpMethod = request.method
        for field in request.headerFields {
            urlRequest.addValue(field.value, forHTTPHeaderField: field.name)
        }
        urlRequest.httpBody = request.body
        let (body, chunks) = Swift.AsyncThrowingStream.makeStream(of: Foundation.Data.self, throwing: (any Swift.Error).self)
        let delegate = URLSessionStreamDelegate(chunks: chunks)
        let session = URLSessionTransport.Session(configuration: configuration, delegate: delegate, delegateQueue: nil)
        let task = session.dataTask(with: urlRequest)
        delegate.chunks.onTermination = { _ in
            task.cancel()
            session.finishTasksAndInvalidate()
        }
        let (statusCode, headerFields) = try await Swift.withTaskCancellationHandler {
            try await Swift.withCheckedThrowingContinuation { continuation in
                let alreadyFinished = delegate.lock.withLock { () -> Swift.Bool in
                    delegate.head = continuation
                    return delegate.finished
                }
                if alreadyFinished {
                    delegate.resumeHead(with: .failure(Swift.CancellationError()))
                } else {
                    task.resume()
                }
            }
        } onCancel: {
            task.cancel()
        }
        return HTTPStreamingResponse(statusCode: statusCode, headerFields: headerFields, body: ByteStream(body))
    }

    /// Resumes the waiting caller, once.
    private func resumeHead(with result: Swift.Result<(Swift.Int, [HTTPHeaderField]), any Swift.Error>) {
        let waiting = lock.withLock { () -> Swift.CheckedContinuation<(Swift.Int, [HTTPHeaderField]), any Swift.Error>? in
            defer { head = nil }
            return head
        }
        waiting?.resume(with: result)
    }

    func urlSession(
        _ session: URLSessionTransport.Session,
        dataTask: URLSessionTransport.DataTask,
        didReceive response: URLSessionTransport.PlatformURLResponse,
        completionHandler: @escaping @Sendable (URLSessionTransport.Session.ResponseDisposition) -> Swift.Void
    ) {
        guard let httpResponse = response as? URLSessionTransport.PlatformResponse else {
            resumeHead(with: .failure(Foundation.URLError(.badServerResponse)))
            completionHandler(.cancel)
            return
        }
        var fields: [HTTPHeaderField] = []
        for (key, value) in httpResponse.allHeaderFields {
            guard let name = key as? Swift.String else { continue }
            fields.append(HTTPHeaderField(name: name, value: value as? Swift.String ?? Swift.String(describing: value)))
        }
        fields.sort { ($0.name.lowercased(), $0.value) < ($1.name.lowercased(), $1.value) }
        completionHandler(.allow)
        resumeHead(with: .success((httpResponse.statusCode, fields)))
    }

    func urlSession(_ session: URLSessionTransport.Session, dataTask: URLSessionTransport.DataTask, didReceive data: Foundation.Data) {
        chunks.yield(data)
    }

    func urlSession(_ session: URLSessionTransport.Session, task: URLSessionTransport.SessionTask, didCompleteWithError error: (any Swift.Error)?) {
        lock.withLock { finished = true }
        resumeHead(with: .failure(error ?? Foundation.URLError(.badServerResponse)))
        chunks.finish(throwing: error)
        session.finishTasksAndInvalidate()
    }
}
