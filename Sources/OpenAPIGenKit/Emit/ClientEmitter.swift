/// Prints `Client.swift`: the `Client` struct, its `Server` choices, and one `async throws` method per
/// operation. The generic machinery the methods call (`RequestBuilder`, `RequestExecutor`) is in `Support.swift`.
enum ClientEmitter {
    /// The contents of `Client.swift` for `model`, laid out as `layout` says.
    static func emit(_ model: APIModel, layout: DeclarationLayout) -> String {
        var writer = SwiftWriter(layout: layout)
        FileHeader.write(sources: model.sourceFiles, networking: true, into: &writer)
        writer.namespace { w in
            w.doc("A client for \(model.title).\n\nEach method sends one request and returns the documented success body. Any other status throws `APIError`; a request that cannot be sent or a body that cannot be decoded throws `ClientError`.")
            w.declaration("struct Client: APIProtocol") { w in
                emitServer(model.servers, into: &w)
                w.line()
                w.line("let executor: RequestExecutor")
                w.line()
                emitInit(model.servers, into: &w)
                for endpoint in model.endpoints {
                    w.line()
                    EndpointEmitter.emit(endpoint, into: &w)
                    if endpoint.streamMethodName != nil {
                        w.line()
                        ResponseMethodEmitter.emitStream(endpoint, into: &w)
                    }
                    if endpoint.pagination != nil {
                        w.line()
                        PaginationEmitter.emit(endpoint, into: &w)
                    }
                }
            }
            w.line()
            ProtocolEmitter.emit(model, into: &w)
            for endpoint in model.endpoints {
                guard case .perStatus(let enumName, let variants) = endpoint.success else { continue }
                w.line()
                emitResponseEnum(endpoint, named: enumName, variants, into: &w)
            }
            for endpoint in model.endpoints {
                RequestBodyEmitter.emitTypes(endpoint, into: &w)
                if case .contentTypes? = endpoint.success.body {
                    w.line()
                    ResponseMethodEmitter.emitContentEnum(endpoint, into: &w)
                }
                if endpoint.responseHeadersTypeName != nil {
                    w.line()
                    ResponseMethodEmitter.emitHeaders(endpoint, into: &w)
                }
            }
        }
        ProtocolEmitter.emitDefaults(model, namespace: layout.namespace, runtime: layout.runtime, into: &writer)
        return writer.finished
    }

    /// The enum an operation returns when its success statuses have different bodies: one case per status.
    private static func emitResponseEnum(_ endpoint: Endpoint, named name: String, _ variants: [SuccessVariant], into writer: inout SwiftWriter) {
        writer.doc("What `\(endpoint.methodName)` returns: one case per documented success status, with that status's body.")
        writer.declaration("enum \(name): Swift.Sendable, Swift.Hashable") { w in
            for variant in variants {
                w.doc(["`\(variant.status)`", variant.doc].compactMap { $0 }.joined(separator: ": "))
                w.line("case \(SwiftName.escaped(variant.caseName))" + (variant.content.map { "(\($0.body.valueType.swift))" } ?? ""))
            }
        }
    }

    private static func emitServer(_ servers: [ServerChoice], into writer: inout SwiftWriter) {
        writer.doc("Where the client sends requests: a server the API lists, or any base URL.")
        writer.declaration("enum Server: Swift.Sendable, Swift.Hashable") { w in
            for server in servers {
                w.doc([server.doc, "`\(server.url)`"].compactMap { $0 }.joined(separator: "\n\n"))
                if server.variables.isEmpty {
                    w.line("case \(SwiftName.escaped(server.caseName))")
                } else {
                    let arguments = server.variables.map { "\($0.swiftName): Swift.String = \(SwiftLiteral.string($0.defaultValue))" }
                    w.line("case \(SwiftName.escaped(server.caseName))", list: arguments)
                }
            }
            w.doc("Any base URL, for example a staging server or a local mock.")
            w.line("case url(Foundation.URL)")
            w.line()
            w.doc("The base URL, with every variable substituted.")
            w.declaration("var urlString: Swift.String") { w in
                w.switchBlock("self") { w in
                    for server in servers {
                        if server.variables.isEmpty {
                            w.line("case .\(server.caseName): return \(SwiftLiteral.string(server.url))")
                        } else {
                            let bindings = server.variables.map { "let \(SwiftName.escaped($0.swiftName))" }.joined(separator: ", ")
                            w.line("case .\(server.caseName)(\(bindings)): return \(urlExpression(server))")
                        }
                    }
                    w.line("case .url(let url): return url.absoluteString")
                }
            }
        }
    }

    /// The server URL as string concatenation of literal parts and variables.
    private static func urlExpression(_ server: ServerChoice) -> String {
        var parts: [String] = []
        var rest = Substring(server.url)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { parts.append(SwiftLiteral.string(String(rest[..<open]))) }
            let name = String(rest[rest.index(after: open)..<close])
            if let variable = server.variables.first(where: { $0.name == name }) {
                parts.append(SwiftName.escaped(variable.swiftName))
            } else {
                parts.append(SwiftLiteral.string("{\(name)}"))
            }
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(SwiftLiteral.string(String(rest))) }
        return parts.isEmpty ? "\"\"" : parts.joined(separator: " + ")
    }

    private static func emitInit(_ servers: [ServerChoice], into writer: inout SwiftWriter) {
        writer.doc("""
            Creates a client.

            - Parameters:
              - server: Where to send requests.
              - auth: The credentials sent with operations that require them; nil sends none.
              - transport: What sends the HTTP requests; `URLSessionTransport` by default.
              - middlewares: Interceptors that see and may change each request and response, in order.
              - timeouts: How long one attempt (`request`) and the whole call, retries included (`resource`), may take
                before the call throws `ClientError.timedOut`; no limits of the client's own by default.
            """)
        let defaultServer = servers.first.map { server in " = .\(server.caseName)" + (server.variables.isEmpty ? "" : "()") } ?? ""
        let parameters = [
            "server: Server\(defaultServer)", "auth: Auth? = nil", "transport: any HTTPTransport = URLSessionTransport()",
            "middlewares: [any ClientMiddleware] = []", "timeouts: Timeouts = .none",
        ]
        writer.declaration("init", list: parameters, "") { w in
            let arguments = ["serverURL: server.urlString", "auth: auth", "transport: transport", "middlewares: middlewares", "timeouts: timeouts"]
            w.line("self.executor = RequestExecutor", list: arguments)
        }
        writer.line()
        writer.doc("Creates a client that sends its requests through `executor`.")
        writer.block("private init(executor: RequestExecutor)") { w in
            w.line("self.executor = executor")
        }
        writer.line()
        writer.doc("The same client with other time limits, for the calls made through it: `client.withTimeouts(Timeouts(request: 5)).getItem(id: id)`.")
        writer.declaration("func withTimeouts(_ timeouts: Timeouts) -> Client") { w in
            w.line("Client(executor: executor.withTimeouts(timeouts))")
        }
    }
}
