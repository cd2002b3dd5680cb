/// Which of the two generated files carries a runtime file: `Support.swift` (sending requests and reading
/// responses: transport, request building and execution, retries, timeouts, redaction, authentication, errors,
/// pagination) or `Values.swift` (coding values and bodies: dates, JSON values, nullable and composed values, query
/// objects, form, multipart and event-stream bodies, streamed bodies and uploads).
///
/// The split is by file name and about even in compile time (each half took 3.3–3.5 s of CPU to compile on its own
/// for IONOS DBaaS PostgreSQL); a runtime file not named here goes to `Support.swift`.
enum RuntimePart: Hashable, Sendable {
    case support
    case values

    /// The runtime files that `Values.swift` carries.
    static let valueFiles: Set<String> = [
        "BodyEncodings.swift", "Composition.swift", "DateTimeCoding.swift", "Dates.swift", "EventStreams.swift",
        "JSONValue.swift", "Multipart.swift", "Nullable.swift", "QueryObjects.swift", "RequestBodies.swift",
        "ResponseBodies.swift", "ResponseStreamer.swift", "Streaming.swift", "URLSessionStreaming.swift", "Uploads.swift",
    ]

    /// The part that carries the runtime file called `file` (`Dates.swift`).
    init(file: String) {
        self = Self.valueFiles.contains(file) ? .values : .support
    }
}
