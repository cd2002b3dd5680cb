import Foundation

// MARK: - Timeouts

/// How long a client waits, in seconds. `nil` means no limit of the client's own (the transport's limits still
/// apply: `URLSession`'s default request timeout is 60 seconds).
///
/// - `request` limits each attempt: the time from handing the request to the transport until its response has
///   arrived. A `RetryPolicy` starts a new attempt with a new limit.
/// - `resource` limits the whole call: every middleware, every retry and every wait between them.
///
/// Either one expiring throws `ClientError.timedOut`. Set them for every call with `Client(timeouts:)`, or for
/// some calls with `client.withTimeouts(_:)`.
public struct Timeouts: Swift.Sendable, Swift.Hashable {
    /// The limit of one attempt, in seconds.
    public var request: Foundation.TimeInterval?
    /// The limit of the whole call, retries included, in seconds.
    public var resource: Foundation.TimeInterval?

    /// Creates limits; `nil` leaves one unlimited.
    public init(request: Foundation.TimeInterval? = nil, resource: Foundation.TimeInterval? = nil) {
        self.request = request
        self.resource = resource
    }

    /// No limits of the client's own.
    public static let none = Timeouts()

    /// Which limit expired.
    public enum Kind: Swift.String, Swift.Sendable, Swift.Hashable {
        /// `Timeouts.request`: one attempt took too long.
        case request
        /// `Timeouts.resource`: the whole call took too long.
        case resource
    }
}

/// Runs an operation with a time limit.
enum Deadline {
    /// Why `run` stopped early.
    struct Expired: Swift.Error, Swift.Sendable {}

    /// The result of `operation`, or `Expired` when it has not finished after `seconds` (no limit when `nil` or
    /// not positive). On expiry the operation's task is cancelled and not waited for, so a transport that
    /// ignores cancellation cannot hold the caller. Cancelling the calling task cancels the operation.
    static func run<T: Swift.Sendable>(
        seconds: Foundation.TimeInterval?,
        _ operation: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        guard let seconds, seconds > 0, seconds.isFinite else { return try await operation() }
        let gate = Gate<T>()
        let nanoseconds = Swift.UInt64(Swift.min(seconds, 1e9) * 1e9)
        let work = Swift.Task {
            do {
                await gate.finish(.success(try await operation()))
            } catch {
                await gate.finish(.failure(error))
            }
        }
        let timer = Swift.Task {
            try? await Swift.Task.sleep(nanoseconds: nanoseconds)
            if !Swift.Task.isCancelled { await gate.finish(.failure(Expired())) }
        }
        defer {
            work.cancel()
            timer.cancel()
        }
        return try await Swift.withTaskCancellationHandler {
            try await gate.wait()
        } onCancel: {
            work.cancel()
            Swift.Task { await gate.finish(.failure(Swift.CancellationError())) }
        }
    }

    /// Hands the first result it gets to the waiting caller; later ones are dropped.
    private actor Gate<T: Swift.Sendable> {
        private var result: Swift.Result<T, any Swift.Error>?
        private var waiter: Swift.CheckedContinuation<T, any Swift.Error>?

        func finish(_ outcome: Swift.Result<T, any Swift.Error>) {
            guard result == nil else { return }
            result = outcome
            waiter?.resume(with: outcome)
            waiter = nil
        }

        func wait() async throws -> T {
            if let result { return try result.get() }
            return try await Swift.withCheckedThrowingContinuation { continuation in
                waiter = continuation
            }
        }
    }
}
