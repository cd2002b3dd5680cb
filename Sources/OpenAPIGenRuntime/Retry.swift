import Foundation

// MARK: - Retries

/// A middleware that retries a request answered with 429, 502, 503 or 504, waiting as the response's
/// `Retry-After` asks (seconds or an HTTP date), or else with exponential backoff. Only idempotent methods
/// (GET, HEAD, OPTIONS, PUT, DELETE) are retried unless `retriesNonIdempotentMethods` is set.
///
/// ```swift
/// let client = Client(middlewares: [RetryPolicy(maxAttempts: 4)])
/// ```
public struct RetryPolicy: ClientMiddleware {
    /// How many times a request is sent at most, the first time included.
    public var maxAttempts: Swift.Int
    /// The wait before the first retry; each further retry waits twice as long.
    public var initialDelay: Swift.Double
    /// No wait is longer than this, whatever `Retry-After` says.
    public var maximumDelay: Swift.Double
    /// The statuses that are retried.
    public var retriedStatuses: Swift.Set<Swift.Int>
    /// Whether POST and PATCH requests are retried too.
    public var retriesNonIdempotentMethods: Swift.Bool

    /// Creates a policy; delays are in seconds.
    public init(
        maxAttempts: Swift.Int = 3,
        initialDelay: Swift.Double = 0.5,
        maximumDelay: Swift.Double = 30,
        retriedStatuses: Swift.Set<Swift.Int> = [429, 502, 503, 504],
        retriesNonIdempotentMethods: Swift.Bool = false
    ) {
        self.maxAttempts = Swift.max(1, maxAttempts)
        self.initialDelay = Swift.max(0, initialDelay)
        self.maximumDelay = Swift.max(0, maximumDelay)
        self.retriedStatuses = retriedStatuses
        self.retriesNonIdempotentMethods = retriesNonIdempotentMethods
    }

    /// Sends `request`, retrying as the policy says; the last response is returned as it is.
    public func intercept(
        _ request: HTTPRequest,
        operationID: Swift.String,
        next: @Sendable (HTTPRequest) async throws -> HTTPResponse
    ) async throws -> HTTPResponse {
        let idempotent = ["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"].contains(request.method.uppercased())
        var attempt = 1
        while true {
            let response = try await next(request)
            guard attempt < maxAttempts, retriedStatuses.contains(response.statusCode),
                  idempotent || retriesNonIdempotentMethods else { return response }
            let backoff = initialDelay * Swift.Double(1 << Swift.min(attempt - 1, 20))
            let delay = Swift.min(maximumDelay, Self.retryAfter(response.value(forHeader: "Retry-After")) ?? backoff)
            try await Swift.Task.sleep(nanoseconds: Swift.UInt64(delay * 1_000_000_000))
            attempt += 1
        }
    }

    /// The seconds a `Retry-After` value asks to wait: a number of seconds, or an IMF-fixdate
    /// (`Sun, 06 Nov 1994 08:49:37 GMT`) measured from now; nil when absent or unreadable.
    static func retryAfter(_ value: Swift.String?, now: Foundation.Date = Foundation.Date()) -> Swift.Double? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if let seconds = Swift.Int(value) { return Swift.Double(Swift.max(0, seconds)) }
        let parts = value.split(separator: " ")
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        guard parts.count == 6, parts[5] == "GMT", let day = Swift.Int(parts[1]),
              let month = months.firstIndex(of: Swift.String(parts[2])), let year = Swift.Int(parts[3]) else { return nil }
        let time = parts[4].split(separator: ":").compactMap { Swift.Int($0) }
        guard time.count == 3,
              let date = OpenAPICoding.parseDateTime(
                  Swift.String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", year, month + 1, day, time[0], time[1], time[2])
              ) else { return nil }
        return Swift.max(0, date.timeIntervalSince(now))
    }
}
