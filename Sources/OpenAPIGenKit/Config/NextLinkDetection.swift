/// Finds list operations that page by next links without configuration: a success body whose items are the body
/// itself (a top-level array) or a top-level `items`, `data` or `results` array, an integer page-size query
/// parameter (`limit`, `per_page`, `page_size`, `pageSize` or `perPage`), and exactly one way to the next page:
/// a documented `Link` response header, or one string field among `nextLinkNames`. Anything else is left alone.
enum NextLinkDetection {
    /// The page-size query parameters recognised, in order of preference.
    static let limitNames = ["limit", "per_page", "page_size", "pageSize", "perPage"]
    /// The body fields that name a next page's URL (a bare `next` is often a cursor, so it is not one of them).
    static let nextLinkNames = ["links.next", "_links.next.href", "next_url", "nextUrl", "next_link", "nextLink", "next_page_url", "nextPageUrl"]
    /// The fields that hold the items of a page, besides the body itself.
    static let itemsNames = ["items", "data", "results"]

    /// The rule that pages `endpoint` by next links, or nil when it does not plainly do so.
    static func rule(for endpoint: Endpoint, types: [String: TypeDecl]) -> PaginationRule? {
        guard case .json(let body)? = endpoint.success.body else { return nil }
        let success = body.unwrapped
        let limit = limitNames.first { name in
            endpoint.parameters.contains { $0.location == .query && $0.name == name && [.int, .int32, .int64].contains($0.type) }
        }
        guard let limit else { return nil }
        let items: String
        if case .array = PaginationPlanner.aliased(success, types) {
            items = ""
        } else {
            let arrays = itemsNames.filter { name in
                guard let found = PaginationPlanner.path(name, in: success, types: types) else { return false }
                if case .array = PaginationPlanner.aliased(found.type.unwrapped, types) { return true }
                return false
            }
            guard arrays.count == 1, let only = arrays.first else { return nil }
            items = only
        }
        let header = endpoint.responseHeaders.contains { $0.name.lowercased() == "link" }
        let bodyLinks = nextLinkNames.filter { PaginationPlanner.path($0, in: success, types: types)?.type.unwrapped == .string }
        switch (header, bodyLinks.count) {
        case (true, 0):
            return PaginationRule(style: .linkHeader, limit: limit, offset: nil, cursor: nil, nextCursor: nil, items: items)
        case (false, 1):
            return PaginationRule(style: .nextLink, limit: limit, offset: nil, cursor: nil, nextCursor: nil, items: items, next: bodyLinks.first)
        default:
            return nil
        }
    }
}
