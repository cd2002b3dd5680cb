// The core of a `LoopbackHTTPServer`: the listening socket, start and stop, and the accept loop.

#if canImport(Darwin)
import Darwin
#else
import Glibc
#endif
import Foundation

/// The listening socket, the state and the thread bodies. Threads keep this object alive, not the
/// `LoopbackHTTPServer`, so the server's `deinit` can run and stop everything.
final class LoopbackServerCore: Sendable {
    /// Key under which server threads store `id` in their thread dictionary.
    static let threadKey = "LoopbackHTTPServer.core"

    let listenFD: Int32
    let port: UInt16
    let limits: LoopbackHTTPServer.Limits
    let id = UUID().uuidString
    let state: LoopbackLocked<LoopbackServerState>

    /// Wraps an already listening socket.
    init(listenFD: Int32, port: UInt16, limits: LoopbackHTTPServer.Limits,
         handler: @escaping @Sendable (RecordedRequest) -> StubResponse) {
        self.listenFD = listenFD
        self.port = port
        self.limits = limits
        self.state = LoopbackLocked(LoopbackServerState(handler: handler))
    }

    /// Whether `stop()` has begun.
    var isStopped: Bool {
        state.withLock { $0.stopped }
    }

    /// Starts the accept thread.
    func start() {
        state.withLock { $0.liveThreads += 1 }
        let thread = Thread { [self] in
            markCurrentThread()
            acceptLoop()
        }
        thread.name = "LoopbackHTTPServer:\(port) accept"
        thread.start()
    }

    /// See `LoopbackHTTPServer.stop()`. Does not wait for the calling thread if it is one of the server's.
    func stop() {
        let onServerThread = (Thread.current.threadDictionary[Self.threadKey] as? String) == id
        let released: (@Sendable (RecordedRequest) -> StubResponse)? = state.withLock { state in
            guard !state.stopped else { return nil }
            state.stopped = true
            let handler = state.handler
            state.handler = nil
            if state.listenerOpen {
                LoopbackSocket.shutdownBoth(listenFD)
            }
            for fd in state.connections {
                LoopbackSocket.shutdownBoth(fd)
            }
            return handler
        }
        // Release the handler outside the lock: it may hold the last reference to the server.
        _ = released
        let allowed = onServerThread ? 1 : 0
        _ = state.wait(until: Date(timeIntervalSinceNow: 3)) { $0.liveThreads <= allowed }
    }

    /// Tags the current thread as one of this server's, so `stop()` from a handler does not wait for itself.
    private func markCurrentThread() {
        Thread.current.threadDictionary[Self.threadKey] = id
    }

    // MARK: Accepting

    /// Accepts connections until stopped, one thread each; closes the listening socket on exit.
    private func acceptLoop() {
        defer {
            state.withLock { state in
                state.listenerOpen = false
                LoopbackSocket.closeDescriptor(listenFD)
                state.liveThreads -= 1
            }
        }
        while !isStopped {
            var descriptor = pollfd(fd: listenFD, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, 100)
            if ready < 0, errno != EINTR {
                usleep(10_000)
                continue
            }
            if ready <= 0 {
                continue
            }
            let client = accept(listenFD, nil, nil)
            if client < 0 {
                // EAGAIN after a spurious wake-up, ECONNABORTED, EMFILE, or EINVAL after stop().
                if !isStopped, errno != EAGAIN, errno != EWOULDBLOCK {
                    usleep(10_000)
                }
                continue
            }
            LoopbackSocket.configureConnection(client, timeout: limits.socketTimeout)
            let admitted = state.withLock { state -> Bool in
                guard !state.stopped else { return false }
                state.connections.insert(client)
                state.liveThreads += 1
                state.acceptedConnections += 1
                return true
            }
            guard admitted else {
                LoopbackSocket.closeDescriptor(client)
                return
            }
            let thread = Thread { [self] in
                markCurrentThread()
                serve(client)
            }
            thread.name = "LoopbackHTTPServer:\(port) connection \(client)"
            thread.start()
        }
    }
}
