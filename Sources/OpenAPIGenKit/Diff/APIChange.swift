/// One difference between two versions of an API, as a Swift caller of the generated client sees it.
public struct APIChange: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Whether code written against the old client can stop compiling or behave differently.
    public enum Impact: String, Hashable, Sendable, Comparable {
        /// Code written against the old client may no longer compile (a method, argument, type, property or
        /// case is gone or has another type, a new argument or property is required, an enum has a new case
        /// that exhaustive `switch`es must handle).
        case breaking
        /// Something new that existing code does not have to use.
        case additive

        public static func < (lhs: Impact, rhs: Impact) -> Bool {
            lhs == .breaking && rhs == .additive
        }
    }

    /// Breaking or additive.
    public var impact: Impact
    /// The Swift declaration concerned: `Client.createCluster(body:)`, `Cluster.name`, `ClusterState`.
    public var subject: String
    /// One plain sentence.
    public var message: String

    /// Creates a change.
    public init(_ impact: Impact, _ subject: String, _ message: String) {
        self.impact = impact
        self.subject = subject
        self.message = message
    }

    /// `breaking: Cluster.name: the type changed from Swift.String? to Swift.Int?`.
    public var description: String {
        "\(impact.rawValue): \(subject): \(message)"
    }

    /// Breaking changes first, then by subject and message.
    public static func < (lhs: APIChange, rhs: APIChange) -> Bool {
        (lhs.impact, lhs.subject, lhs.message) < (rhs.impact, rhs.subject, rhs.message)
    }
}
