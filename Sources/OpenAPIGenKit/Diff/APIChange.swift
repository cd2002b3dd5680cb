/// One difference between two versions of an API, as a Swift caller of the generated client sees it, with the
/// place in the spec a reviewer reads it at.
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

    /// Which of the two documents `pointer` is in: the old one for what was removed, the new one otherwise.
    public enum Side: String, Hashable, Sendable {
        case old, new
    }

    /// Breaking or additive.
    public var impact: Impact
    /// The Swift declaration concerned: `Client.createCluster(body:)`, `Cluster.name`, `ClusterState`.
    public var subject: String
    /// One plain sentence.
    public var message: String
    /// What the spec calls it: `schema 'Branch', property 'parent_id'`, `operation 'clustersGet' (GET /clusters)`.
    public var specName: String
    /// The node in the merged document of `side`: `#/components/schemas/Branch/properties/parent_id`.
    public var pointer: JSONPointer?
    /// The document `pointer` is in.
    public var side: Side
    /// The file, pointer in that file, line and column of `pointer`, once `APIDiff.locate` has found them.
    public var location: SpecLocation?

    /// Creates a change; `pointer` is in the new document unless `side` says otherwise.
    public init(_ impact: Impact, _ subject: String, _ message: String, spec specName: String = "", at pointer: JSONPointer? = nil, in side: Side = .new) {
        self.impact = impact
        self.subject = subject
        self.message = message
        self.specName = specName
        self.pointer = pointer
        self.side = side
    }

    /// The pointer to print: the one inside the located file, else the one in the merged document; long tokens
    /// abbreviated and control characters escaped (`SpecName.printable`), so that it stays on its line.
    public var printedPointer: String? {
        (location?.pointer ?? pointer).map { JSONPointer($0.tokens.map(SpecName.printable)).description }
    }

    /// `breaking: Branch.parentId: the type changed from Swift.String? to Swift.Int? — schema 'Branch', property
    /// 'parent_id' [specs/Neon/openapi.json:120:13 #/components/schemas/Branch/properties/parent_id]`.
    public var description: String {
        var text = "\(impact.rawValue): \(subject): \(message)"
        if !specName.isEmpty { text += " — \(specName)" }
        // Unlocated, a pointer into the old document says so: the same pointer may exist in both.
        let document = location == nil && pointer != nil && side == .old ? "old:" : nil
        let place = [location?.position ?? document, printedPointer].compactMap { $0 }
        if !place.isEmpty { text += " [\(place.joined(separator: " "))]" }
        return text
    }

    /// Breaking changes first, then by subject, message, spec name and pointer.
    public static func < (lhs: APIChange, rhs: APIChange) -> Bool {
        (lhs.impact, lhs.subject, lhs.message, lhs.specName, lhs.pointer?.description ?? "")
            < (rhs.impact, rhs.subject, rhs.message, rhs.specName, rhs.pointer?.description ?? "")
    }
}
