// The messages a `LoopbackHTTPServer` records and answers with, and the reason phrases of its status lines.

import Foundation

/// One `name=value` pair of a request's query string, percent-decoded.
///
/// Decoding follows RFC 3986 (like `URLComponents.queryItems`): `%XX` escapes are decoded, a `+` stays a `+`.
struct QueryItem: Sendable, Hashable {
    /// The decoded name.
    var name: String
    /// The decoded value; empty when the pair has no `=`.
    var value: String
}

/// One request as the server received it.
struct RecordedRequest: Sendable, Hashable {
    /// The method, e.g. `GET`.
    var method: String
    /// The raw request-target, e.g. `/clusters/backups?limit=2&offset=0`.
    var target: String
    /// The part of `target` before the first `?`, still percent-encoded.
    var path: String
    /// The decoded query items in the order they were sent; empty pieces (`a=1&&b=2`) are skipped.
    var query: [QueryItem]
    /// Header fields with lowercased names; repeated fields are joined with `", "`.
    var headers: [String: String]
    /// The body; for `Transfer-Encoding: chunked` this is the de-chunked payload.
    var body: Data

    /// The value of the header field `name`, compared case-insensitively.
    func header(_ name: String) -> String? {
        headers[name.lowercased()]
    }

    /// The values of every query item called `name`, in order.
    func queryValues(_ name: String) -> [String] {
        query.filter { $0.name == name }.map(\.value)
    }

    /// The body as UTF-8 text (invalid bytes become U+FFFD).
    var bodyText: String {
        String(decoding: body, as: UTF8.self)
    }
}

/// What the handler answers.
///
/// The server always adds `Content-Length` itself (except for 1xx and 204, where HTTP forbids it) and
/// drops any `Content-Length`/`Transfer-Encoding` given here. A `Connection: close` header is honoured:
/// the server closes the connection after this response.
struct StubResponse: Sendable {
    /// The three-digit status code.
    var status: Int
    /// Header fields in the order they are sent.
    var headers: [(String, String)]
    /// The body; not sent for `HEAD` requests and for 1xx, 204 and 304 responses.
    var body: Data
    /// When set, the body is sent with `Transfer-Encoding: chunked` instead: the head goes out first, then this
    /// runs on the connection's thread and sends chunks (each flushed at once) until it returns; `body` is unused.
    var streamedBody: (@Sendable (LoopbackChunkWriter) -> Void)? = nil

    /// Creates a response from its parts.
    init(status: Int, headers: [(String, String)] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A response whose body is `json` (UTF-8), with `Content-Type: application/json`.
    static func json(_ status: Int, _ json: String) -> StubResponse {
        StubResponse(status: status, headers: [("Content-Type", "application/json")], body: Data(json.utf8))
    }

    /// A response whose body is `text` (UTF-8), with `Content-Type: <contentType>`.
    static func text(_ status: Int, _ text: String, contentType: String = "text/plain") -> StubResponse {
        StubResponse(status: status, headers: [("Content-Type", contentType)], body: Data(text.utf8))
    }

    /// A response whose body `write` sends in chunks, pausing whenever it likes (see `streamedBody`).
    static func streamed(_ status: Int, headers: [(String, String)], write: @escaping @Sendable (LoopbackChunkWriter) -> Void) -> StubResponse {
        var response = StubResponse(status: status, headers: headers)
        response.streamedBody = write
        return response
    }

    /// A response without body or extra headers.
    static func empty(_ status: Int) -> StubResponse {
        StubResponse(status: status)
    }
}

/// Sends the chunks of a streamed response body on one connection, each as soon as it is given.
struct LoopbackChunkWriter: Sendable {
    /// The connected socket.
    let fd: Int32

    /// Sends `data` as one chunk (nothing for empty data, which would end the body); false when the connection is gone.
    @discardableResult
    func send(_ data: Data) -> Bool {
        guard !data.isEmpty else { return true }
        var bytes = Array(String(data.count, radix: 16).utf8) + [0x0D, 0x0A]
        bytes += data
        bytes += [0x0D, 0x0A]
        return LoopbackSocket.sendAll(fd, bytes)
    }

    /// Sends `text` (UTF-8) as one chunk.
    @discardableResult
    func send(_ text: String) -> Bool {
        send(Data(text.utf8))
    }
}

/// The reason phrases of the status lines the server writes.
extension LoopbackHTTPServer {
    /// Returns the usual reason phrase for `status`, or `"Status"` for codes it does not know.
    static func reasonPhrase(for status: Int) -> String {
        switch status {
        case 100: "Continue"
        case 101: "Switching Protocols"
        case 200: "OK"
        case 201: "Created"
        case 202: "Accepted"
        case 203: "Non-Authoritative Information"
        case 204: "No Content"
        case 205: "Reset Content"
        case 206: "Partial Content"
        case 207: "Multi-Status"
        case 300: "Multiple Choices"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 303: "See Other"
        case 304: "Not Modified"
        case 307: "Temporary Redirect"
        case 308: "Permanent Redirect"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 402: "Payment Required"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 406: "Not Acceptable"
        case 407: "Proxy Authentication Required"
        case 408: "Request Timeout"
        case 409: "Conflict"
        case 410: "Gone"
        case 411: "Length Required"
        case 412: "Precondition Failed"
        case 413: "Content Too Large"
        case 414: "URI Too Long"
        case 415: "Unsupported Media Type"
        case 416: "Range Not Satisfiable"
        case 417: "Expectation Failed"
        case 418: "I'm a teapot"
        case 421: "Misdirected Request"
        case 422: "Unprocessable Content"
        case 423: "Locked"
        case 424: "Failed Dependency"
        case 425: "Too Early"
        case 426: "Upgrade Required"
        case 428: "Precondition Required"
        case 429: "Too Many Requests"
        case 431: "Request Header Fields Too Large"
        case 451: "Unavailable For Legal Reasons"
        case 500: "Internal Server Error"
        case 501: "Not Implemented"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        case 505: "HTTP Version Not Supported"
        case 507: "Insufficient Storage"
        case 511: "Network Authentication Required"
        default: "Status"
        }
    }
}
