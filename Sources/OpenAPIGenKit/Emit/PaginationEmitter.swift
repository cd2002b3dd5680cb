/// Prints the `<method>Pages` method of a paging operation: an `AsyncThrowingStream` of items that asks
/// for the next page only when the caller has consumed the previous one's items (through `Paginator`).
enum PaginationEmitter {
    /// Prints the page-walking method for `endpoint`, if it pages.
    static func emit(_ endpoint: Endpoint, into writer: inout SwiftWriter) {
        guard let pagination = endpoint.pagination else { return }
        let paging: Set<String> = {
            switch pagination.style {
            case .offset(let offset): return [pagination.limitArgument, offset]
            case .cursor(let cursor, _): return [pagination.limitArgument, cursor]
            case .link: return [pagination.limitArgument]
            }
        }()
        let others = endpoint.parameters.filter { !paging.contains($0.swiftName) }
        var arguments = ["pageSize: Swift.Int = 100"] + others.map { parameter in
            "\(SwiftName.escaped(parameter.swiftName)): \(parameter.type.swift)" + (parameter.required ? "" : "? = nil")
        }
        if let body = endpoint.body { arguments.append("body: \(body.type.swift)? = nil") }
        let passed = endpoint.parameters.map { parameter -> String in
            let label = parameter.swiftName
            switch pagination.style {
            case .offset(let offset) where parameter.swiftName == offset: return "\(label): \(convert("offset", to: parameter.type))"
            case .cursor(let cursor, _) where parameter.swiftName == cursor: return "\(label): cursor"
            default: break
            }
            if parameter.swiftName == pagination.limitArgument { return "\(label): \(convert("limit", to: parameter.type))" }
            return "\(label): \(SwiftName.escaped(parameter.swiftName))"
        } + (endpoint.body == nil ? [] : ["body: body"])
        let call = "let page = try await self.\(SwiftName.escaped(endpoint.methodName))"
        writer.doc("""
            Every item of `\(endpoint.methodName)`, fetching `pageSize` items per request.

            Pages are requested one at a time, as the items are consumed; the walk ends after \
            \(pagination.isLink ? "an empty page" : "a short or empty page")\
            \(pagination.isCursor ? " or when the response has no next cursor" : "")\
            \(pagination.linkDoc)\(pagination.hasMore == nil ? "" : " or when its \"has more\" flag is false"). \(pagination.isLink ? "The other arguments are sent with the first request; later requests go to the links as they are, with the same headers" : "The other arguments are sent with every request").
            """)
        if endpoint.deprecated { writer.line("@available(*, deprecated)") }
        let closing = " -> Swift.AsyncThrowingStream<\(pagination.itemType.swift), any Swift.Error>"
        writer.declaration("func \(SwiftName.escaped(pagination.methodName))", list: arguments, closing) { w in
            switch pagination.style {
            case .offset:
                w.closure("Paginator.offsetItems(pageSize: pageSize)", parameters: "limit, offset") { w in
                    w.line(call, list: passed)
                    w.line("return \(items(pagination.items))")
                }
            case .cursor(_, let next):
                w.closure("Paginator.cursorItems(pageSize: pageSize)", parameters: "limit, cursor") { w in
                    w.line(call, list: passed)
                    if let hasMore = pagination.hasMore {
                        w.line("return (\(items(pagination.items)), \(expression(hasMore)) == false ? nil : \(expression(next)))")
                    } else {
                        w.line("return (\(items(pagination.items)), \(expression(next)))")
                    }
                }
            case .link(let next):
                NextLinkEmitter.emitWalk(endpoint, pagination, next: next, into: &w)
            }
        }
    }

    /// The page's items as a non-optional array: `page.items`, or `(page.data?.items ?? [])` when the path may
    /// stop at `nil`.
    static func items(_ path: PropertyPath) -> String {
        path.isOptional ? "(\(expression(path)) ?? [])" : expression(path)
    }

    /// `path` read from the value named `page`, optional-chained after each optional property: `page.meta?.marker`;
    /// `chained: false` leaves the chaining out (`page.meta.marker`), for prose.
    static func expression(_ path: PropertyPath, chained: Bool = true) -> String {
        var result = "page"
        var afterOptional = false
        for segment in path.segments {
            result += (afterOptional && chained ? "?." : ".") + segment.swiftName
            afterOptional = segment.isOptional
        }
        return result
    }

    /// `value` (a `Swift.Int`) converted to the parameter's integer type.
    private static func convert(_ value: String, to type: TypeRef) -> String {
        switch type {
        case .int32: return "Swift.Int32(clamping: \(value))"
        case .int64: return "Swift.Int64(\(value))"
        default: return value
        }
    }
}

extension Pagination {
    /// Whether the walk follows a cursor.
    var isCursor: Bool {
        if case .cursor = style { return true }
        return false
    }

    /// Whether the walk follows next links.
    var isLink: Bool {
        if case .link = style { return true }
        return false
    }

    /// What the doc comment says of a next-link walk: where the link is read.
    var linkDoc: String {
        let refusal = ". Links to another origin than the server's are refused (`ClientError.linkToOtherOrigin`)"
        switch style {
        case .link(let next?):
            return " or when the response has no next link (`\(PaginationEmitter.expression(next, chained: false))`)" + refusal
        case .link(nil):
            return " or when the response's `Link` header has no `rel=\"next\"` link" + refusal
        default:
            return ""
        }
    }
}
