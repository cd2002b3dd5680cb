// The state a `LoopbackHTTPServer` shares between its threads, and the lock that guards it.

import Foundation

/// Mutable server state, always accessed under `LoopbackLocked`'s lock.
struct LoopbackServerState: Sendable {
    var handler: (@Sendable (RecordedRequest) -> StubResponse)?
    var stopped = false
    var listenerOpen = true
    var connections: Set<Int32> = []
    var liveThreads = 0
    var acceptedConnections = 0
    var requests: [RecordedRequest] = []
}

/// A value protected by an `NSCondition`; every `withLock` wakes `wait(until:for:)`.
final class LoopbackLocked<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var value: Value

    /// Wraps `value`.
    init(_ value: Value) {
        self.value = value
    }

    /// Runs `body` with exclusive access to the value, then wakes waiters.
    func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
        condition.lock()
        defer {
            condition.broadcast()
            condition.unlock()
        }
        return try body(&value)
    }

    /// Waits until `predicate` holds or `deadline` passes; returns whether it holds.
    func wait(until deadline: Date, for predicate: (Value) -> Bool) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while !predicate(value) {
            if !condition.wait(until: deadline) {
                return predicate(value)
            }
        }
        return true
    }
}
