import Foundation
@_spi(Generated) @testable import OpenAPIGenRuntime

/// A transport that records the requests it gets and answers each with the next of `responses` (the last one
/// again once they run out), without any network.
final class RecordingTransport: HTTPTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var responses: [HTTPResponse]
    private var received: [HTTPRequest] = []

    /// A transport that answers with `responses`, in order.
    init(_ responses: [HTTPResponse]) {
        self.responses = responses
    }

    /// The requests sent so far.
    var requests: [HTTPRequest] {
        lock.withLock { received }
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        lock.withLock {
            received.append(request)
            return responses.count > 1 ? responses.removeFirst() : responses.first ?? HTTPResponse(statusCode: 204)
        }
    }
}

/// A middleware that appends its name to the `X-Trace` header of requests and responses.
struct TracingMiddleware: ClientMiddleware {
    /// The name it appends.
    let name: String

    func intercept(_ request: HTTPRequest, operationID: String, next: @Sendable (HTTPRequest) async throws -> HTTPResponse) async throws -> HTTPResponse {
        var request = request
        let trace = request.value(forHeader: "X-Trace").map { $0 + "," } ?? ""
        HTTPHeaderField.replaceValue(in: &request.headerFields, named: "X-Trace", with: trace + name)
        var response = try await next(request)
        let back = response.value(forHeader: "X-Trace").map { $0 + "," } ?? ""
        HTTPHeaderField.replaceValue(in: &response.headerFields, named: "X-Trace", with: back + name)
        return response
    }
}
