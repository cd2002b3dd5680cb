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
        let bodyType = success.returnType?.swift ?? "Swift.Void"
        let streamed = success.body?.isStreamed ?? false
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
                switch success {
                case .noBody:
                    return "()"
                case .body(let content, _, _):
                    return bodyExpression(content.body, endpoint: endpoint)
                case .bodyOrNone(let content, _, _, _):
                    // Decoded as the optional the method returns.
                    guard case .json(let type) = content.body else { return bodyExpression(content.body, endpoint: endpoint) }
                    return bodyExpression(.json(type.optional), endpoint: endpoint)
                case .perStatus(_, let variants):
                    guard let variant = variants.first(where: { $0.status == status }) else { return "()" }
                    return ".\(variant.caseName)" + (variant.content.map { "(\(bodyExpression($0.body, endpoint: endpoint)))" } ?? "")
                }
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
            switch success {
            case .perStatus(_, let variants):
                for variant in variants {
                    w.line("case \(EndpointEmitter.statusPattern(variant.status)):")
                    w.line("    body = \(value(variant.status, true))")
                }
            case .bodyOrNone(_, let withBody, let empty, _):
                let statuses = (withBody.map { ($0, true) } + empty.map { ($0, false) })
                    .sorted { SuccessResponse.statusOrder($0.0) < SuccessResponse.statusOrder($1.0) }
                for (status, hasBody) in statuses {
                    w.line("case \(EndpointEmitter.statusPattern(status)):")
                    w.line("    body = \(hasBody ? value(status, true) : "nil")")
                }
            case .noBody(let statuses, _), .body(_, let statuses, _):
                w.line("case \(statuses.map(EndpointEmitter.statusPattern).joined(separator: ", ")):")
                w.line("    body = \(value(statuses.first ?? "", success.returnType != nil))")
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

    /// The expression that reads `body` from `response`.
    private static func bodyExpression(_ body: ResponseBody, endpoint: Endpoint) -> String {
        let operationID = SwiftLiteral.string(endpoint.operationID)
        let context = "statusCode: response.statusCode, operationID: \(operationID)"
        switch body {
        case .json(let type):
            return "try executor.decode(\(type.swift).self, from: response, operationID: \(operationID))"
        case .text:
            return "try ResponseBodies.text(from: response, operationID: \(operationID))"
        case .bytes:
            return "response.body"
        case .serverSentEvents(let payload?):
            return "EventStreams.serverSentEvents(response.body, of: \(payload.swift).self, \(context))"
        case .serverSentEvents(nil):
            return "EventStreams.serverSentEvents(response.body)"
        case .jsonLines(let element):
            return "EventStreams.jsonValues(response.body, of: \(element.swift).self, sequence: false, \(context))"
        case .jsonSequence(let element):
            return "EventStreams.jsonValues(response.body, of: \(element.swift).self, sequence: true, \(context))"
        case .contentTypes(let enumName, _):
            return "try \(enumName).decode(from: response, executor: executor, operationID: \(operationID))"
        }
    }

    /// Prints the enum of an operation whose success body has several media types, with the function that
    /// reads the matching case from a response.
    static func emitContentEnum(_ endpoint: Endpoint, into writer: inout SwiftWriter) {
        guard case .contentTypes(let name, let variants)? = endpoint.success.body else { return }
        writer.doc("What `\(endpoint.methodName)` returns: one case per documented media type, chosen by the response's `Content-Type`.")
        writer.declaration("enum \(name): Swift.Sendable, Swift.Hashable") { w in
            for variant in variants {
                w.doc("`\(variant.contentType)`")
                w.line("case \(SwiftName.escaped(variant.caseName))(\(variant.body.valueType.swift))")
            }
            w.line()
            w.doc("The case of `response`'s `Content-Type`, read from its body.")
            w.block("static func decode(from response: HTTPResponse, executor: RequestExecutor, operationID: Swift.String) throws -> Self") { w in
                let documented = variants.map { SwiftLiteral.string($0.contentType) }.joined(separator: ", ")
                w.switchBlock("try ResponseBodies.contentIndex(of: response, in: [\(documented)], operationID: operationID)") { w in
                    for (index, variant) in variants.enumerated() {
                        w.line(index == variants.count - 1 ? "default:" : "case \(index):")
                        let value: String
                        switch variant.body {
                        case .json(let type): value = "try executor.decode(\(type.swift).self, from: response, operationID: operationID)"
                        case .text: value = "try ResponseBodies.text(from: response, operationID: operationID)"
                        default: value = "response.body"
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
