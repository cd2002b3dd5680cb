// Serving one connection of a `LoopbackHTTPServer`: request after request, and each response's bytes.

import Foundation

/// The connection threads' loop and the response serialization.
extension LoopbackServerCore {
    /// Answers requests on one connection until it ends, then closes it.
    func serve(_ fd: Int32) {
        let reader = LoopbackConnectionReader(fd: fd)
        var lingering = false
        defer {
            if lingering {
                LoopbackSocket.drainAfterShutdown(fd)
            }
            state.withLock { state in
                state.connections.remove(fd)
                LoopbackSocket.closeDescriptor(fd)
                state.liveThreads -= 1
            }
        }
        while true {
            let parsed: LoopbackParsedRequest?
            do {
                parsed = try readRequest(reader, fd: fd)
            } catch LoopbackReadError.malformed(let reason) {
                let response = StubResponse.text(400, "Bad Request: \(reason)\n")
                _ = LoopbackSocket.sendAll(fd, serialize(response, method: "GET", closing: true, http10KeepAlive: false))
                lingering = true
                return
            } catch {
                return
            }
            guard let request = parsed else {
                return
            }
            let handler = state.withLock { state -> (@Sendable (RecordedRequest) -> StubResponse)? in
                guard !state.stopped else { return nil }
                state.requests.append(request.recorded)
                return state.handler
            }
            guard let handler else {
                return
            }
            let response = handler(request.recorded)
            let handlerAsksClose = response.headers.contains { name, value in
                name.lowercased() == "connection" && Self.tokens(value).contains("close")
            }
            let closing = !request.keepAlive || handlerAsksClose || isStopped
            let bytes = serialize(response, method: request.recorded.method, closing: closing,
                                  http10KeepAlive: request.isHTTP10 && !closing)
            guard LoopbackSocket.sendAll(fd, bytes) else {
                return
            }
            if let write = response.streamedBody {
                write(LoopbackChunkWriter(fd: fd))
                guard LoopbackSocket.sendAll(fd, Array("0\r\n\r\n".utf8)) else {
                    return
                }
            }
            if closing {
                lingering = true
                return
            }
        }
    }

    /// The response's bytes: status line, headers, `Content-Length`, `Connection`, body.
    private func serialize(_ response: StubResponse, method: String, closing: Bool, http10KeepAlive: Bool) -> [UInt8] {
        let status = response.status
        var head = "HTTP/1.1 \(status) \(LoopbackHTTPServer.reasonPhrase(for: status))\r\n"
        for (name, value) in response.headers {
            let lowered = name.lowercased()
            guard !name.isEmpty, name.utf8.allSatisfy(Self.isTokenByte),
                  lowered != "content-length", lowered != "transfer-encoding", lowered != "connection"
            else { continue }
            let cleanValue = String(value.unicodeScalars.filter { $0 != "\r" && $0 != "\n" && $0 != "\0" })
            head += "\(name): \(cleanValue)\r\n"
        }
        let noContentAllowed = (100..<200).contains(status) || status == 204
        let omitBody = noContentAllowed || status == 304 || method == "HEAD"
        if response.streamedBody != nil {
            head += "Transfer-Encoding: chunked\r\n"
        } else if !noContentAllowed {
            head += "Content-Length: \(response.body.count)\r\n"
        }
        if closing {
            head += "Connection: close\r\n"
        } else if http10KeepAlive {
            head += "Connection: keep-alive\r\n"
        }
        head += "\r\n"
        var bytes = Array(head.utf8)
        if !omitBody {
            bytes.append(contentsOf: response.body)
        }
        return bytes
    }
}
