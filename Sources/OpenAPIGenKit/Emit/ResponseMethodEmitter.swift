/// Prints the `…Response` method of an operation (the request, then the status switch that reads the body, and
/// the status, typed headers and body returned together), the `…Stream` method of a byte download, and the
/// types they return: the headers struct and the enum of several media types.
enum ResponseMethodEmitter {
    /// The arguments `label: value` that pass the operation's arguments through to another of its methods.
    static func passed(_ endpoint: Endpoint) -> [String] {
        endpoint.parameters.map { "\($0.swiftName): \(SwiftName.escaped($0.swiftName))" } + (endpoint.body == nil ? [] : ["body: body"])
    }

    /// The headers type: the operation's struct, or `NoDocumentedHeaders`.
    static func headersType(_ endpoint: Endpoint) -> String {
        endpoint.responseHeadersTypeName ?? "NoDocumentedHeaders"
    }

    /// Prints the `…Response` method of `endpoint`.
    static func emit(_ endpoint: Endpoint, into writer: inout SwiftWriter) {
        let success = endpoint.success
        let bodyType = success.type?.swift ?? "Swift.Void"
        let streamed = success.kind?.isStreamed ?? false
        writer.doc("""
            `\(endpoint.methodName)` with the response's status code and headers: `body` is what `\(endpoint.methodName)` returns, \
            `headers` the documented response headers, typed, and `headerFields` every header field as received.
            """)
        if endpoint.deprecated { writer.line("@available(*, deprecated)") }
        let opening = "func \(SwiftName.escaped(endpoint.responseMethodName))"
        let closing = " async throws -> OperationResponse<\(bodyType), \(headersType(endpoint))>"
        writer.declaration(opening, list: EndpointEmitter.arguments(endpoint), closing) { w in
            EndpointEmitter.emitRequest(endpoint, streaming: streamed, into: &w)
            w.line("let body: \(bodyType)")
            emitSwitch(endpoint, streamed: streamed, into: &w) { status, hasBody in
                guard hasBody else { return "()" }
                if !success.variants.isEmpty, let variant = success.variants.first(where: { $0.status == status }) {
                    let value = bodyExpression(variant.type, isJSON: variant.isJSON, kind: variant.kind, endpoint: endpoint)
                    return ".\(variant.caseName)" + (value.map { "(\($0))" } ?? "")
                }
                return bodyExpression(success.type, isJSON: success.isJSON, kind: success.kind, endpoint: endpoint) ?? "()"
            }
            emitReturn(endpoint, into: &w)
        }
    }

    /// Prints the `…Stream` method of a byte download.
    static func emitStream(_ endpoint: Endpoint, into writer: inout SwiftWriter) {
        guard let name = endpoint.streamMethodName else { return }
        writer.doc("""
            `\(endpoint.methodName)` with the body as it arrives: `body` is a `ByteStream` of chunks (iterate it, or \
            `write(to:)` a file), so that a large download is never held in memory. Returns once the status and \
            headers arrived.
            """)
        if endpoint.deprecated { writer.line("@available(*, deprecated)") }
        let closing = " async throws -> OperationResponse<ByteStream, \(headersType(endpoint))>"
        writer.declaration("func \(SwiftName.escaped(name))", list: EndpointEmitter.arguments(endpoint), closing) { w in
            EndpointEmitter.emitRequest(endpoint, streaming: true, into: &w)
            w.line("let body: ByteStream")
            emitSwitch(endpoint, streamed: true, into: &w) { _, _ in "response.body" }
            emitReturn(endpoint, into: &w)
        }
    }

    /// The switch over the status: `body = <value>` for each success status (`value(status, hasBody)`), else throw.
    private static func emitSwitch(
        _ endpoint: Endpoint,
        streamed: Bool,
        into writer: inout SwiftWriter,
        value: (String, Bool) -> String
    ) {
        let operationID = SwiftLiteral.string(endpoint.operationID)
        let success = endpoint.success
        writer.switchBlock("response.statusCode") { w in
            if !success.variants.isEmpty {
                for variant in success.variants {
                    w.line("case \(EndpointEmitter.statusPattern(variant.status)):")
                    w.line("    body = \(value(variant.status, true))")
                }
            } else if !success.emptyStatuses.isEmpty {
                let statuses = (success.statuses.map { ($0, true) } + success.emptyStatuses.map { ($0, false) })
                    .sorted { SuccessResponse.statusOrder($0.0) < SuccessResponse.statusOrder($1.0) }
                for (status, hasBody) in statuses {
                    w.line("case \(EndpointEmitter.statusPattern(status)):")
                    w.line("    body = \(hasBody ? value(status, true) : "nil")")
                }
            } else {
                w.line("case \(success.statuses.map(EndpointEmitter.statusPattern).joined(separator: ", ")):")
                w.line("    body = \(value(success.statuses.first ?? "", success.type != nil))")
            }
            w.line("default:")
            let response = streamed ? "try await ResponseStreamer.collect(response, operationID: \(operationID))" : "response"
            w.line("    throw executor.apiError(\(endpoint.errorType.swift).self, from: \(response), operationID: \(operationID))")
        }
    }

    private static func emitReturn(_ endpoint: Endpoint, into writer: inout SwiftWriter) {
        let headers = endpoint.responseHeadersTypeName.map { "\($0)(response.headerFields)" } ?? "NoDocumentedHeaders()"
        writer.line("return OperationResponse(statusCode: response.statusCode, headers: \(headers), headerFields: response.headerFields, body: body)")
    }

    /// The expression that reads a body of `type` from `response`; nil when there is no body.
    private static func bodyExpression(_ type: TypeRef?, isJSON: Bool, kind: ResponseBodyKind?, endpoint: Endpoint) -> String? {
        guard let type else { return nil }
        let operationID = SwiftLiteral.string(endpoint.operationID)
        let context = "statusCode: response.statusCode, operationID: \(operationID)"
        switch kind {
        case .text?:
            return "try ResponseBodies.text(from: response, operationID: \(operationID))"
        case .serverSentEvents(let payload?)?:
            return "EventStreams.serverSentEvents(response.body, of: \(payload.swift).self, \(context))"
        case .serverSentEvents(nil)?:
            return "EventStreams.serverSentEvents(response.body)"
        case .jsonLines(let element)?:
            return "EventStreams.jsonValues(response.body, of: \(element.swift).self, sequence: false, \(context))"
        case .jsonSequence(let element)?:
            return "EventStreams.jsonValues(response.body, of: \(element.swift).self, sequence: true, \(context))"
        case .contentTypes?:
            return "try \(type.swift).decode(from: response, executor: executor, operationID: \(operationID))"
        case nil:
            return isJSON ? "try executor.decode(\(type.swift).self, from: response, operationID: \(operationID))" : "response.body"
        }
    }

    /// Prints the enum of an operation whose success body has several media types, with the function that
    /// reads the matching case from a response.
    static func emitContentEnum(_ endpoint: Endpoint, into writer: inout SwiftWriter) {
        guard case .contentTypes(let variants)? = endpoint.success.kind, case .named(let name)? = endpoint.success.type else { return }
        writer.doc("What `\(endpoint.methodName)` returns: one case per documented media type, chosen by the response's `Content-Type`.")
        writer.declaration("enum \(name): Swift.Sendable, Swift.Hashable") { w in
            for variant in variants {
                w.doc("`\(variant.contentType)`")
                w.line("case \(SwiftName.escaped(variant.caseName))(\(variant.type.swift))")
            }
            w.line()
            w.doc("The case of `response`'s `Content-Type`, read from its body.")
            w.block("static func decode(from response: HTTPResponse, executor: RequestExecutor, operationID: Swift.String) throws -> Self") { w in
                let documented = variants.map { SwiftLiteral.string($0.contentType) }.joined(separator: ", ")
                w.switchBlock("try ResponseBodies.contentIndex(of: response, in: [\(documented)], operationID: operationID)") { w in
                    for (index, variant) in variants.enumerated() {
                        w.line(index == variants.count - 1 ? "default:" : "case \(index):")
                        let value: String
                        if variant.isJSON {
                            value = "try executor.decode(\(variant.type.swift).self, from: response, operationID: operationID)"
                        } else if variant.isText {
                            value = "try ResponseBodies.text(from: response, operationID: operationID)"
                        } else {
                            value = "response.body"
                        }
                        w.line("    return .\(variant.caseName)(\(value))")
                    }
                }
            }
        }
    }

    /// Prints the struct of an operation's documented response headers.
    static func emitHeaders(_ endpoint: Endpoint, into writer: inout SwiftWriter) {
        guard let name = endpoint.responseHeadersTypeName else { return }
        writer.doc("The documented response headers of `\(endpoint.methodName)`; a header that is absent or does not read as its type is `nil`.")
        writer.declaration("struct \(name): Swift.Sendable, Swift.Hashable") { w in
            for field in endpoint.responseHeaders {
                w.doc([field.doc, "`\(field.name)`"].compactMap { $0 }.joined(separator: "\n\n"))
                w.declarationLine("var \(SwiftName.escaped(field.swiftName)): \(field.type.swift)?")
            }
            w.line()
            w.doc("Creates the headers.")
            let arguments = endpoint.responseHeaders.map { "\(SwiftName.escaped($0.swiftName)): \($0.type.swift)? = nil" }
            w.declaration("init(\(arguments.joined(separator: ", ")))") { w in
                for field in endpoint.responseHeaders {
                    w.line("self.\(field.swiftName) = \(SwiftName.escaped(field.swiftName))")
                }
            }
            w.line()
            w.doc("Reads the headers from a response's header fields.")
            w.block("init(_ fields: [HTTPHeaderField])") { w in
                w.line("let reader = HeaderReader(fields)")
                for field in endpoint.responseHeaders {
                    let wire = SwiftLiteral.string(field.name)
                    let read: String
                    if !field.isTyped {
                        read = "reader.raw(\(wire))"
                    } else if case .array(let element) = field.type {
                        read = "reader.values(\(wire), as: \(element.swift).self)"
                    } else {
                        read = "reader.value(\(wire), as: \(field.type.swift).self)"
                    }
                    w.line("self.\(field.swiftName) = \(read)")
                }
            }
        }
    }
}
