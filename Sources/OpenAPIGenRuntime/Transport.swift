import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

// MARK: - Transport and middleware

/// Sends requests over the network. Generated clients use `URLSessionTransport` unless given another transport;
/// tests can pass a stub.
public protocol HTTPTransport: Swift.Sendable {
    /// Sends `request` and returns the response, whatever its status code. Throws only when no response arrived.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
}

/// An `HTTPTransport` that sends requests through a `URLSession`.
public struct URLSessionTransport: HTTPStreamingTransport {
    #if canImport(FoundationNetworking)
    /// The session type: `URLSession` from FoundationNetworking.
    public typealias Session = FoundationNetworking.URLSession
    /// The platform's `URLRequest`.
    typealias PlatformRequest = FoundationNetworking.URLRequest
    /// The platform's `HTTPURLResponse`.
    typealias PlatformResponse = FoundationNetworking.HTTPURLResponse
    /// The platform's `URLResponse`, `URLSessionDataDelegate` and task types, for `URLSessionStreamDelegate`.
    typealias PlatformURLResponse = FoundationNetworking.URLResponse
    typealias DataDelegate = FoundationNetworking.URLSessionDataDelegate
    typealias DataTask = FoundationNetworking.URLSessionDataTask
    typealias SessionTask = FoundationNetworking.URLSessionTask
    typealias Configuration = FoundationNetworking.URLSessionConfiguration
    #else
    /// The session type: `URLSession` from Foundation.
    public typealias Session = Foundation.URLSession
    /// The platform's `URLRequest`.
    typealias PlatformRequest = Foundation.URLRequest
    /// The platform's `HTTPURLResponse`.
    typealias PlatformResponse = Foundation.HTTPURLResponse
    /// The platform's `URLResponse`, `URLSessionDataDelegate` and task types, for `URLSessionStreamDelegate`.
    typealias PlatformURLResponse = Foundation.URLResponse
    typealias DataDelegate = Foundation.URLSessionDataDelegate
    typealias DataTask = Foundation.URLSessionDataTask
    typealias SessionTask = Foundation.URLSessionTask
    typealias Configuration = Foundation.URLSessionConfiguration
    #endif

    /// The session that performs the requests.
    public let session: Session

    /// Creates a transport that sends requests through `session`.
    public init(session: Session = .shared) {
        self.session = session
    }

    /// Sends `request` through the session. The response's header fields are sorted by name.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        var urlRequest = PlatformRequest(url: request.url)
        urlRequest.httpMethod = request.method
        for field in request.headerFields {
            urlRequest.addValue(field.value, forHTTPHeaderField: field.name)
        }
        let (data, response) = try await Uploads.perform(urlRequest, content: request.content, session: session)
        guard let httpResponse = response as? PlatformResponse else {
            throw Foundation.URLError(.badServerResponse)
        }
        var fields: [HTTPHeaderField] = []
        for (key, value) in httpResponse.allHeaderFields {
            guard let name = key as? Swift.String else { continue }
            let text = value as? Swift.String ?? Swift.String(describing: value)
            fields.append(HTTPHeaderField(name: name, value: text))
        }
        fields.sort { ($0.name.lowercased(), $0.value) < ($1.name.lowercased(), $1.value) }
        return HTTPResponse(statusCode: httpResponse.statusCode, headerFields: fields, body: data)
    }

    /// Sends `request` through a session of its own, configured as `session`, and returns once the status and
    /// headers arrived; the body's chunks follow as they arrive (see `URLSessionStreamDelegate`).
    public func stream(_ request: HTTPRequest) async throws -> HTTPStreamingResponse {
        try await URLSessionStreamDelegate.start(request, configuration: session.configuration)
    }
}

/// Code that runs around every request of a client, in the order the middlewares were given: the first sees the
/// request first and the response last. Use it for logging, retries, extra headers or metrics.
public protocol ClientMiddleware: Swift.Sendable {
    /// Handles one request of the operation `operationID`. Call `next` with the request, changed or not, to pass it
    /// on to the next middleware or the transport, and return its response, changed or not.
    func intercept(
        _ request: HTTPRequest,
        operationID: Swift.String,
        next: @Sendable (HTTPRequest) async throws -> HTTPResponse
    ) async throws -> HTTPResponse
}
