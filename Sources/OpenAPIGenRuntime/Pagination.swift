import Foundation

// MARK: - Pagination

/// Walks the pages of a list operation and yields their items one by one. A page is requested only after
/// the previous one's items were consumed; cancelling the consuming task stops the walk.
@_spi(Generated) public enum Paginator {
    /// Items of `limit`/`offset` pages; a page shorter than `pageSize` (or empty) is the last one.
    @_spi(Generated) public static func offsetItems<Item: Swift.Sendable>(
        pageSize: Swift.Int,
        fetch: @escaping @Sendable (_ limit: Swift.Int, _ offset: Swift.Int) async throws -> [Item]
    ) -> Swift.AsyncThrowingStream<Item, any Swift.Error> {
        let walker = Walker<Item, Swift.Int>(start: 0) { size, offset in
            let items = try await fetch(size, offset)
            return (items, items.count < size ? nil : offset + items.count)
        }
        return walker.stream(pageSize: pageSize)
    }

    /// Items of cursor pages; the walk ends when a page has no items or no new next cursor.
    @_spi(Generated) public static func cursorItems<Item: Swift.Sendable>(
        pageSize: Swift.Int,
        fetch: @escaping @Sendable (_ limit: Swift.Int, _ cursor: Swift.String?) async throws -> ([Item], Swift.String?)
    ) -> Swift.AsyncThrowingStream<Item, any Swift.Error> {
        let walker = Walker<Item, Swift.String?>(start: nil) { size, cursor in
            let (items, next) = try await fetch(size, cursor)
            guard let next, !next.isEmpty, !items.isEmpty, next != cursor else { return (items, nil) }
            return (items, .some(next))
        }
        return walker.stream(pageSize: pageSize)
    }

    /// Items of pages reached by following links: the first page is asked for with `link` nil, every other one
    /// with the next-page link of the previous page. The walk ends when a page has no items, no next link, or a
    /// link already followed.
    @_spi(Generated) public static func linkItems<Item: Swift.Sendable>(
        pageSize: Swift.Int,
        fetch: @escaping @Sendable (_ limit: Swift.Int, _ link: Foundation.URL?) async throws -> ([Item], Foundation.URL?)
    ) -> Swift.AsyncThrowingStream<Item, any Swift.Error> {
        let walker = Walker<Item, Foundation.URL?>(start: nil) { size, link in
            let (items, next) = try await fetch(size, link)
            guard let next, !items.isEmpty else { return (items, nil) }
            return (items, .some(next))
        }
        return walker.stream(pageSize: pageSize)
    }

    /// The state of one walk: the position of the next page and the items not yet handed out.
    private actor Walker<Item: Swift.Sendable, Position: Swift.Sendable & Swift.Hashable> {
        private var position: Position?
        private var buffer: [Item] = []
        /// Every position asked for so far: a position seen before (links or cursors going round) ends the walk.
        private var visited: Swift.Set<Position> = []
        private let fetch: @Sendable (Swift.Int, Position) async throws -> ([Item], Position?)

        init(start: Position, fetch: @escaping @Sendable (Swift.Int, Position) async throws -> ([Item], Position?)) {
            self.position = start
            self.fetch = fetch
        }

        /// The next item, fetching pages as needed; nil after the last page.
        func next(pageSize: Swift.Int) async throws -> Item? {
            while buffer.isEmpty {
                guard let current = position, !Swift.Task.isCancelled, visited.insert(current).inserted else { return nil }
                let (items, next) = try await fetch(pageSize, current)
                buffer = items.reversed()
                position = next
            }
            return buffer.popLast()
        }

        nonisolated func stream(pageSize: Swift.Int) -> Swift.AsyncThrowingStream<Item, any Swift.Error> {
            let size = Swift.max(1, pageSize)
            return Swift.AsyncThrowingStream(unfolding: { try await self.next(pageSize: size) })
        }
    }
}
