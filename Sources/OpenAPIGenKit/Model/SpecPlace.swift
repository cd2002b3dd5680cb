/// Where a member of the model (a property, an enum value, a `oneOf` variant, an operation, a parameter) was
/// written in the merged document, for `openapi-gen diff` to point a reviewer at it.
///
/// It is metadata, not part of the value: two places are always equal and hash alike, so models still compare,
/// and `TypeDeduplication` still merges, by shape alone, whatever document positions their members came from.
public struct SpecPlace: Hashable, Sendable {
    /// The node in the merged document (`#/components/schemas/Branch/properties/parent_id`); nil when unknown.
    public var pointer: JSONPointer?

    /// Creates a place; nil for a member made by the generator rather than written in the document.
    public init(_ pointer: JSONPointer? = nil) {
        self.pointer = pointer
    }

    /// Always true: see the type's comment.
    public static func == (lhs: SpecPlace, rhs: SpecPlace) -> Bool {
        true
    }

    /// Adds nothing: see the type's comment.
    public func hash(into hasher: inout Hasher) {}
}
