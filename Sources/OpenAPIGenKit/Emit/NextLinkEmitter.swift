/// Prints the body of a next-link `<method>Pages` walk: each page's request is built as the operation builds
/// it and sent through the client's executor (credentials, middlewares, retries, timeouts), to the previous
/// page's next link once there is one; the link is read from the body or the `Link` header and resolved against
/// the URL of the request that returned it.
enum NextLinkEmitter {
    /// Prints the `Paginator.linkItems` call of `endpoint`; `next` is where the body's link is, or nil for the
    /// `Link` header.
    static func emitWalk(_ endpoint: Endpoint, _ pagination: Pagination, next: PropertyPath?, into writer: inout SwiftWriter) {
        let success: TypeRef, statuses: [String]
        switch endpoint.success {
        case .body(let content, let withBody, _), .bodyOrNone(let content, let withBody, _, _):
            guard case .json(let type) = content.body else { return }
            (success, statuses) = (type, withBody)
        case .noBody, .perStatus:
            return
        }
        let operationID = SwiftLiteral.string(endpoint.operationID)
        writer.closure("Paginator.linkItems(pageSize: pageSize)", parameters: "pageLimit, pageLink") { w in
            if let limit = endpoint.parameters.first(where: { $0.swiftName == pagination.limitArgument }) {
                w.line("let \(SwiftName.escaped(limit.swiftName)) = \(convert("pageLimit", to: limit.type))")
            }
            EndpointEmitter.emitRequest(endpoint, send: false, into: &w)
            w.line("request.follow(pageLink)")
            w.line("let pageURL = try executor.url(of: request)")
            w.line("let response = try await executor.send(request, security: \(EndpointEmitter.security(endpoint.security)))")
            w.switchBlock("response.statusCode") { w in
                w.line("case \(statuses.map(EndpointEmitter.statusPattern).joined(separator: ", ")):")
                w.line("    break")
                w.line("default:")
                w.line("    throw executor.apiError(\(endpoint.errorType.swift).self, from: response, operationID: \(operationID))")
            }
            let decoded = "try executor.decode(\(success.unwrapped.swift).self, from: response, operationID: \(operationID))"
            let item = pagination.itemType.swift
            if let next {
                w.line("let read = { (page: \(success.unwrapped.swift)) -> ([\(item)], Swift.String?) in (\(PaginationEmitter.items(pagination.items)), \(PaginationEmitter.expression(next))) }")
                w.line("let (pageItems, nextReference) = read(\(decoded))")
                w.line("return (pageItems, PageLinks.resolve(nextReference, against: pageURL))")
            } else {
                w.line("let read = { (page: \(success.unwrapped.swift)) -> [\(item)] in \(PaginationEmitter.items(pagination.items)) }")
                w.line("return (read(\(decoded)), WebLink.next(in: response.headerFields, relativeTo: pageURL))")
            }
        }
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
