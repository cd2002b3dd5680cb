// The POSIX socket calls of a `LoopbackHTTPServer`: listening, per-connection options and timeouts, sending,
// shutting down and closing.

#if canImport(Darwin)
import Darwin
#else
import Glibc
#endif
import Foundation

/// Thin wrappers around the POSIX socket calls the server needs.
enum LoopbackSocket {
    /// A non-blocking listening socket bound to 127.0.0.1 on an ephemeral port, and that port.
    static func makeListener() throws -> (fd: Int32, port: UInt16) {
        #if canImport(Darwin)
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #else
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #endif
        guard fd >= 0 else {
            throw LoopbackHTTPServerError(operation: "socket", code: errno)
        }
        func fail(_ operation: String) -> LoopbackHTTPServerError {
            let error = LoopbackHTTPServerError(operation: operation, code: errno)
            closeDescriptor(fd)
            return error
        }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        var one: Int32 = 1
        guard setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size)) == 0 else {
            throw fail("setsockopt(SO_REUSEADDR)")
        }

        var address = sockaddr_in()
        #if canImport(Darwin)
        address.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
        #endif
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr = in_addr(s_addr: in_addr_t(0x7F00_0001).bigEndian)  // 127.0.0.1
        let bound = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else {
            throw fail("bind")
        }
        guard listen(fd, 64) == 0 else {
            throw fail("listen")
        }

        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &actual) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else {
            throw fail("getsockname")
        }
        // Non-blocking, so a connection that vanishes between poll() and accept() cannot block the loop.
        let flags = fcntl(fd, F_GETFL)
        guard flags >= 0, fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0 else {
            throw fail("fcntl(O_NONBLOCK)")
        }
        return (fd, UInt16(bigEndian: actual.sin_port))
    }

    /// Blocking mode, close-on-exec, no SIGPIPE, receive/send timeouts.
    static func configureConnection(_ fd: Int32, timeout: TimeInterval) {
        let flags = fcntl(fd, F_GETFL)
        if flags >= 0, flags & O_NONBLOCK != 0 {
            _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK)  // BSD sockets inherit O_NONBLOCK from the listener
        }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        #if canImport(Darwin)
        var one: Int32 = 1
        _ = setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
        #endif
        setTimeout(fd, option: SO_RCVTIMEO, seconds: timeout)
        setTimeout(fd, option: SO_SNDTIMEO, seconds: timeout)
    }

    /// Sets `SO_RCVTIMEO` or `SO_SNDTIMEO`.
    static func setTimeout(_ fd: Int32, option: Int32, seconds: TimeInterval) {
        let clamped = max(0.001, min(seconds, 86_400))
        var value = timeval()
        value.tv_sec = .init(clamped.rounded(.down))
        value.tv_usec = .init((clamped - clamped.rounded(.down)) * 1_000_000)
        _ = setsockopt(fd, SOL_SOCKET, option, &value, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Sends all of `bytes`; false if the peer is gone or the send timeout expired.
    static func sendAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        #if canImport(Darwin)
        let flags: Int32 = 0
        #else
        let flags = Int32(MSG_NOSIGNAL)
        #endif
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return -1 }
                return send(fd, base + offset, buffer.count - offset, flags)
            }
            if sent > 0 {
                offset += sent
            } else if sent < 0, errno == EINTR {
                continue
            } else {
                return false
            }
        }
        return true
    }

    /// After the last response: stop sending, then read (and discard) what the client still sends for a
    /// moment, so closing does not reset the connection before the client has read the response.
    static func drainAfterShutdown(_ fd: Int32) {
        _ = shutdown(fd, Int32(SHUT_WR))
        setTimeout(fd, option: SO_RCVTIMEO, seconds: 0.2)
        let deadline = Date(timeIntervalSinceNow: 1)
        var scratch = [UInt8](repeating: 0, count: 16 * 1024)
        var drained = 0
        while drained < 1024 * 1024, Date() < deadline {
            let count = scratch.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                drained += count
            } else if count < 0, errno == EINTR {
                continue
            } else {
                return
            }
        }
    }

    /// Wakes any thread blocked on `fd` and ends the connection; the descriptor stays open.
    static func shutdownBoth(_ fd: Int32) {
        _ = shutdown(fd, Int32(SHUT_RDWR))
    }

    /// Closes `fd`.
    static func closeDescriptor(_ fd: Int32) {
        #if canImport(Darwin)
        _ = Darwin.close(fd)
        #else
        _ = Glibc.close(fd)
        #endif
    }
}
