// Parsing one request of a `LoopbackHTTPServer`: request line, header fields, Content-Length or chunked body,
// query string.

import Foundation

/// A request head and body as parsed, plus what the connection should do afterwards.
struct LoopbackParsedRequest {
    var recorded: RecordedRequest
    var keepAlive: Bool
    var isHTTP10: Bool
}

/// Why reading a request stopped.
enum LoopbackReadError: Error {
    /// The peer closed the connection, a timeout expired or the socket failed: just close.
    case closed
    /// The request is not acceptable: answer 400 with this reason and close.
    case malformed(String)
}

/// Reading and parsing one request from a connection.
extension LoopbackServerCore {
    /// Reads one request; returns nil when the client closed the connection between requests.
    func readRequest(_ reader: LoopbackConnectionReader, fd: Int32) throws -> LoopbackParsedRequest? {
        guard let head = try reader.readHead(maxBytes: limits.maxHeaderBytes) else {
            return nil
        }
        var lines = Self.splitLines(head)
        guard !lines.isEmpty else {
            throw LoopbackReadError.malformed("empty request")
        }
        let requestLine = lines.removeFirst()
        let parts = requestLine.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3 else {
            throw LoopbackReadError.malformed("request line is not 'METHOD target HTTP/1.x'")
        }
        guard !parts[0].isEmpty, parts[0].allSatisfy(Self.isTokenByte) else {
            throw LoopbackReadError.malformed("invalid method")
        }
        guard !parts[1].isEmpty, parts[1].allSatisfy({ (0x21...0x7E).contains($0) }) else {
            throw LoopbackReadError.malformed("invalid request-target")
        }
        let method = String(decoding: parts[0], as: UTF8.self)
        let target = String(decoding: parts[1], as: UTF8.self)
        let version = String(decoding: parts[2], as: UTF8.self)
        guard version == "HTTP/1.1" || version == "HTTP/1.0" else {
            throw LoopbackReadError.malformed("unsupported HTTP version")
        }

        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else {
                throw LoopbackReadError.malformed("header line without ':'")
            }
            let nameBytes = line[line.startIndex..<colon]
            guard !nameBytes.isEmpty, nameBytes.allSatisfy(Self.isTokenByte) else {
                throw LoopbackReadError.malformed("invalid header name")
            }
            let valueBytes = Self.trimmed(line[line.index(after: colon)...])
            guard valueBytes.allSatisfy({ $0 == 0x09 || ($0 >= 0x20 && $0 != 0x7F) }) else {
                throw LoopbackReadError.malformed("control character in header value")
            }
            let name = String(decoding: nameBytes, as: UTF8.self).lowercased()
            let value = String(decoding: valueBytes, as: UTF8.self)
            if let existing = headers[name] {
                headers[name] = existing + ", " + value
            } else {
                headers[name] = value
            }
        }

        let expectsContinue = version == "HTTP/1.1" && headers["expect"]?.lowercased() == "100-continue"
        let body: Data
        if let transferEncoding = headers["transfer-encoding"] {
            guard headers["content-length"] == nil else {
                throw LoopbackReadError.malformed("both Content-Length and Transfer-Encoding")
            }
            guard Self.tokens(transferEncoding) == ["chunked"] else {
                throw LoopbackReadError.malformed("unsupported Transfer-Encoding '\(transferEncoding)'")
            }
            if expectsContinue {
                sendContinue(fd, reader: reader)
            }
            body = try reader.readChunkedBody(maxBodyBytes: limits.maxBodyBytes, maxTrailerBytes: limits.maxHeaderBytes)
        } else if let contentLength = headers["content-length"] {
            let values = contentLength.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let first = values.first, !first.isEmpty, first.count <= 18,
                  first.allSatisfy({ $0.isASCII && $0.isNumber }), values.allSatisfy({ $0 == first }),
                  let length = Int(first)
            else {
                throw LoopbackReadError.malformed("invalid Content-Length '\(contentLength)'")
            }
            guard length <= limits.maxBodyBytes else {
                throw LoopbackReadError.malformed("body of \(length) bytes exceeds \(limits.maxBodyBytes) bytes")
            }
            if expectsContinue, length > 0 {
                sendContinue(fd, reader: reader)
            }
            body = try reader.readExact(length)
        } else {
            body = Data()
        }

        let connectionTokens = Self.tokens(headers["connection"] ?? "")
        let isHTTP10 = version == "HTTP/1.0"
        let keepAlive = isHTTP10 ? connectionTokens.contains("keep-alive") : !connectionTokens.contains("close")

        let pathEnd = target.firstIndex(of: "?") ?? target.endIndex
        let path = String(target[..<pathEnd])
        let query = pathEnd < target.endIndex ? Self.parseQuery(target[target.index(after: pathEnd)...]) : []
        let recorded = RecordedRequest(method: method, target: target, path: path, query: query,
                                       headers: headers, body: body)
        return LoopbackParsedRequest(recorded: recorded, keepAlive: keepAlive, isHTTP10: isHTTP10)
    }

    /// Sends `100 Continue` unless the client already started sending the body.
    private func sendContinue(_ fd: Int32, reader: LoopbackConnectionReader) {
        if !reader.hasBufferedBytes {
            _ = LoopbackSocket.sendAll(fd, Array("HTTP/1.1 100 Continue\r\n\r\n".utf8))
        }
    }

    // MARK: Parsing helpers

    /// `tchar` from RFC 9110: the bytes allowed in methods and header names.
    static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }

    /// `bytes` without leading and trailing spaces and tabs.
    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = bytes
        while let first = slice.first, first == 0x20 || first == 0x09 {
            slice = slice.dropFirst()
        }
        while let last = slice.last, last == 0x20 || last == 0x09 {
            slice = slice.dropLast()
        }
        return slice
    }

    /// Splits a header block on CRLF. A bare CR or LF stays inside a line (and is rejected later).
    private static func splitLines(_ head: [UInt8]) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var lineStart = head.startIndex
        var index = head.startIndex
        while index < head.endIndex {
            if head[index] == 0x0D, index + 1 < head.endIndex, head[index + 1] == 0x0A {
                lines.append(head[lineStart..<index])
                index += 2
                lineStart = index
            } else {
                index += 1
            }
        }
        lines.append(head[lineStart..<head.endIndex])
        return lines
    }

    /// Comma-separated, lowercased, trimmed, non-empty list elements.
    static func tokens(_ value: String) -> [String] {
        value.split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            .filter { !$0.isEmpty }
    }

    /// Splits a query on `&` and `=` and percent-decodes the parts (invalid escapes are kept as sent).
    private static func parseQuery(_ query: Substring) -> [QueryItem] {
        query.split(separator: "&").map { pair in
            let name: Substring
            let value: Substring
            if let equals = pair.firstIndex(of: "=") {
                name = pair[..<equals]
                value = pair[pair.index(after: equals)...]
            } else {
                name = pair
                value = ""
            }
            return QueryItem(name: name.removingPercentEncoding ?? String(name),
                             value: value.removingPercentEncoding ?? String(value))
        }
    }
}
