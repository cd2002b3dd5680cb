/// Prints `APIProtocol`: one requirement per operation, with the signature of `Client`'s method (without the
/// `= nil` defaults, which a requirement cannot have). `Client` conforms, so app code can take
/// `some APIProtocol` and tests can pass a fake that answers without a network. An extension implements every
/// requirement by throwing `OperationNotImplemented`, so that a fake implements only the operations it needs.
enum ProtocolEmitter {
    /// Prints the protocol for every endpoint of `model` (inside the namespace, if any).
    static func emit(_ model: APIModel, into writer: inout SwiftWriter) {
        writer.doc("""
            The operations of \(model.title), one requirement each, as `Client` implements them.

            Depend on this protocol rather than on `Client` where a test should substitute a fake: `Client` conforms, and \
            a fake implements only what the code under test calls (every other operation throws \
            `OperationNotImplemented`). Called through the protocol, every argument is written out; the `nil` defaults \
            are `Client`'s.
            """)
        writer.declaration("protocol APIProtocol: Swift.Sendable") { w in
            for (index, endpoint) in model.endpoints.enumerated() {
                if index > 0 { w.line() }
                w.doc("`\(endpoint.httpMethod) \(endpoint.pathTemplate)`" + (endpoint.summary.map { ": " + ModelEmitter.firstLine($0) } ?? ""))
                if endpoint.deprecated { w.line("@available(*, deprecated)") }
                let signature = EndpointEmitter.signature(endpoint, defaults: false)
                w.line(signature.opening, list: signature.arguments, signature.closing)
                for (name, body) in siblings(endpoint) {
                    w.line()
                    w.doc("`\(endpoint.methodName)` with the status code and headers (`Client.\(name)`).")
                    if endpoint.deprecated { w.line("@available(*, deprecated)") }
                    let sibling = siblingSignature(endpoint, name: name, body: body, typePrefix: "", runtimePrefix: "")
                    w.line(sibling.opening, list: sibling.arguments, sibling.closing)
                }
            }
        }
    }

    /// The `…Response` method of `endpoint` and its `…Stream` method, if any, each with the type of its body
    /// (nil for the body of the success response).
    static func siblings(_ endpoint: Endpoint) -> [(name: String, body: String?)] {
        [(endpoint.responseMethodName, nil)] + (endpoint.streamMethodName.map { [($0, "ByteStream")] } ?? [])
    }

    /// The requirement of a sibling method: the operation's arguments, returning `OperationResponse`; generated
    /// types are spelled with `typePrefix`, runtime ones with `runtimePrefix`.
    static func siblingSignature(_ endpoint: Endpoint, name: String, body: String?, typePrefix: String, runtimePrefix: String) -> (opening: String, arguments: [String], closing: String) {
        let spell: (TypeRef) -> String = { typePrefix.isEmpty ? $0.swift : qualified($0, prefix: typePrefix, runtimePrefix: runtimePrefix) }
        let bodyType = body.map { runtimePrefix + $0 } ?? endpoint.success.returnType.map(spell) ?? "Swift.Void"
        let headers = endpoint.responseHeadersTypeName.map { typePrefix + $0 } ?? runtimePrefix + "NoDocumentedHeaders"
        let arguments = EndpointEmitter.arguments(endpoint, defaults: false, spell: spell)
        return ("func \(SwiftName.escaped(name))", arguments, " async throws -> \(runtimePrefix)OperationResponse<\(bodyType), \(headers)>")
    }

    /// Prints the extension that implements every requirement by throwing `OperationNotImplemented`; at file
    /// scope, since Swift does not nest extensions, so the protocol and every generated type in the signatures are
    /// qualified by the namespace. The runtime's `OperationNotImplemented` is inside the namespace only when the
    /// runtime is embedded; an imported runtime declares it in its own module. The defaults stay `async` like the
    /// requirements: a synchronous default would compile to less, but in top-level code (`main.swift`), where
    /// Swift prefers synchronous overloads, `try await client.op(…)` would call it instead of `Client`'s method.
    static func emitDefaults(_ model: APIModel, namespace: String?, runtime: RuntimeMode, into writer: inout SwiftWriter) {
        guard !model.endpoints.isEmpty else { return }
        let prefix = namespace.map { $0 + "." } ?? ""
        let runtimePrefix = runtime == .embed ? prefix : ""
        writer.line()
        writer.doc("Every operation throws `OperationNotImplemented` unless the conforming type implements it.")
        writer.block("extension \(prefix)APIProtocol") { w in
            for (index, endpoint) in model.endpoints.enumerated() {
                if index > 0 { w.line() }
                w.doc("Throws `OperationNotImplemented`.")
                if endpoint.deprecated { w.line("@available(*, deprecated)") }
                let signature = EndpointEmitter.signature(endpoint, defaults: false) { qualified($0, prefix: prefix, runtimePrefix: runtimePrefix) }
                w.declaration(signature.opening, list: signature.arguments, signature.closing) { w in
                    w.line("throw \(runtimePrefix)OperationNotImplemented(operationID: \(SwiftLiteral.string(endpoint.operationID)))")
                }
                for (name, body) in siblings(endpoint) {
                    w.line()
                    w.doc("Throws `OperationNotImplemented`.")
                    if endpoint.deprecated { w.line("@available(*, deprecated)") }
                    let sibling = siblingSignature(endpoint, name: name, body: body, typePrefix: prefix, runtimePrefix: runtimePrefix)
                    w.declaration(sibling.opening, list: sibling.arguments, sibling.closing) { w in
                        w.line("throw \(runtimePrefix)OperationNotImplemented(operationID: \(SwiftLiteral.string(endpoint.operationID)))")
                    }
                }
            }
        }
    }

    /// `type` as written outside the namespace: generated types get `prefix`, the runtime's types
    /// `runtimePrefix` (the namespace when the runtime is embedded in it, nothing when it is imported), and the
    /// standard library's none.
    static func qualified(_ type: TypeRef, prefix: String, runtimePrefix: String) -> String {
        let inner = { (type: TypeRef) in qualified(type, prefix: prefix, runtimePrefix: runtimePrefix) }
        switch type {
        case .named: return prefix + type.swift
        case .date, .json, .runtime: return runtimePrefix + type.swift
        case .array(let element): return "[\(inner(element))]"
        case .dictionary(let value): return "[Swift.String: \(inner(value))]"
        case .optional(let wrapped): return inner(wrapped) + "?"
        case .explicitNull(let wrapped): return runtimePrefix + "OpenAPINullable<\(inner(wrapped))>"
        case .stream(let element): return "Swift.AsyncThrowingStream<\(inner(element)), any Swift.Error>"
        case .serverSentEvent(let payload): return runtimePrefix + "ServerSentEvent<\(inner(payload))>"
        case .string, .int, .int32, .int64, .float, .double, .bool, .dateTime, .data: return type.swift
        }
    }
}
