/// A generated `<method>Pages(pageSize:…)` method that walks every page of a list operation and yields
/// its items one by one.
public struct Pagination: Hashable, Sendable {
    /// How the next page is asked for.
    public enum Style: Hashable, Sendable {
        /// `limit`/`offset` query parameters; a page shorter than the page size is the last one.
        case offset(offsetArgument: String)
        /// A cursor query parameter filled from a field of the previous page (`nextCursor`, a string); no cursor
        /// ends the walk.
        case cursor(cursorArgument: String, nextCursor: PropertyPath)
        /// The next page's URL, followed as it is: where the body's link is (an optional `Swift.String`), or nil
        /// for the `rel="next"` link of the `Link` response header.
        case link(nextLink: PropertyPath?)
    }

    /// The name of the generated method.
    public var methodName: String
    /// The page-size argument of the list method.
    public var limitArgument: String
    /// The page-size argument's type (`Swift.Int`, `Swift.Int32`, …).
    public var limitType: TypeRef
    /// Offset, cursor or next link.
    public var style: Style
    /// Where the page's items are in the response: an array, reached through `items` (possibly optional on the way).
    public var items: PropertyPath
    /// The type of one item.
    public var itemType: TypeRef
    /// For cursor walks: where the response's boolean "has more" flag is, `false` on the last page; nil when the
    /// response has no such flag.
    public var hasMore: PropertyPath? = nil
}

/// A path of stored properties from a response value to a value inside it (`meta.marker`), each step with
/// whether its property is optional, so that a reader knows where the path may stop at `nil`.
public struct PropertyPath: Hashable, Sendable {
    /// One property on the path.
    public struct Segment: Hashable, Sendable {
        /// The Swift property name (unescaped).
        public var swiftName: String
        /// Whether the property's type is `Optional`.
        public var isOptional: Bool

        /// Creates a segment.
        public init(swiftName: String, isOptional: Bool) {
            self.swiftName = swiftName
            self.isOptional = isOptional
        }
    }

    /// The properties, outermost first; empty for the value itself.
    public var segments: [Segment]

    /// Creates a path.
    public init(_ segments: [Segment]) {
        self.segments = segments
    }

    /// Whether the value at the end may be `nil`: some property on the way is optional.
    public var isOptional: Bool {
        segments.contains { $0.isOptional }
    }
}
