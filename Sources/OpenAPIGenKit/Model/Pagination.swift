/// A generated `<method>Pages(pageSize:…)` method that walks every page of a list operation and yields
/// its items one by one.
public struct Pagination: Hashable, Sendable {
    /// How the next page is asked for.
    public enum Style: Hashable, Sendable {
        /// `limit`/`offset` query parameters; a page shorter than the page size is the last one.
        case offset(offsetArgument: String)
        /// A cursor query parameter filled from a field of the previous page; no cursor ends the walk.
        case cursor(cursorArgument: String, nextCursor: String)
        /// The next page's URL, followed as it is: a Swift expression on `page` giving the body's link (an optional
        /// `Swift.String`), or nil for the `rel="next"` link of the `Link` response header.
        case link(nextLink: String?)
    }

    /// The name of the generated method.
    public var methodName: String
    /// The page-size argument of the list method.
    public var limitArgument: String
    /// The page-size argument's type (`Swift.Int`, `Swift.Int32`, …).
    public var limitType: TypeRef
    /// Offset or cursor.
    public var style: Style
    /// A Swift expression on `page` giving the page's items as a non-optional array.
    public var itemsExpression: String
    /// The type of one item.
    public var itemType: TypeRef
    /// For cursor walks: a Swift expression on `page` giving a `Swift.Bool` (or an optional one) that is `false` on
    /// the last page; nil when the response has no such flag.
    public var hasMoreExpression: String? = nil
}
