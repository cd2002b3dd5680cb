#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Prints one client method: its doc comment, signature, request building, and the status switch that
/// returns the success body or throws `APIError`.
enum EndpointEmitter {
    /// Prints `endpoint` as a method of `Client`: it calls the `…Response` method and returns its body.
    static func emit(_ endpoint: Endpoint, into writer: inout SwiftWriter) {
        emitMethod(endpoint, into: &writer)
        writer.line()
        ResponseMethodEmitter.emit(endpoint, into: &writer)
        if let body = endpoint.body, body.alternatives.isEmpty, body.encoding == .binary {
            // The same method for a body sent from a file or a stream; its body is required, so that a call
            // without one still means the method above.
            var streamed = endpoint
            streamed.body?.type = .runtime(.httpRequestBody)
            streamed.body?.required = true
            writer.line()
            emitMethod(streamed, into: &writer)
            writer.line()
            ResponseMethodEmitter.emit(streamed, into: &writer)
        }
    }

    private static func emitMethod(_ endpoint: Endpoint, into writer: inout SwiftWriter) {
        emitDoc(endpoint, into: &writer)
        if endpoint.deprecated { writer.line("@available(*, deprecated)") }
        let signature = signature(endpoint, defaults: true)
        writer.declaration(signature.opening, list: signature.arguments, signature.closing) { w in
            w.line("try await self.\(SwiftName.escaped(endpoint.responseMethodName))", list: ResponseMethodEmitter.passed(endpoint), ".body")
        }
    }

    /// `func name(arguments) async throws -> Result` in the parts `ParameterListLayout` lays out; optional arguments
    /// default to `nil` when `defaults` (a protocol requirement cannot have defaults). `spell` writes each type
    /// (qualified outside a namespace).
    static func signature(_ endpoint: Endpoint, defaults: Bool, spell: (TypeRef) -> String = \.swift) -> (opening: String, arguments: [String], closing: String) {
        let returns = endpoint.success.returnType.map { " -> \(spell($0))" } ?? ""
        return ("func \(SwiftName.escaped(endpoint.methodName))", arguments(endpoint, defaults: defaults, spell: spell), " async throws\(returns)")
    }

    /// The method's arguments, as declared: parameters, then the body; optional ones default to `nil` when
    /// `defaults`.
    static func arguments(_ endpoint: Endpoint, defaults: Bool = true, spell: (TypeRef) -> String = \.swift) -> [String] {
        let none = defaults ? "? = nil" : "?"
        var arguments = endpoint.parameters.map { parameter in
            "\(SwiftName.escaped(parameter.swiftName)): \(spell(parameter.type))" + (parameter.required ? "" : none)
        }
        if let body = endpoint.body {
            arguments.append("body: \(spell(body.type))" + (body.required ? "" : none))
        }
        return arguments
    }

    static func emitDoc(_ endpoint: Endpoint, into writer: inout SwiftWriter) {
        var paragraphs = [endpoint.summary, endpoint.doc].compactMap { $0.map(PlainText.trimmingWhitespaceAndNewlines) }.filter { !$0.isEmpty }
        if paragraphs.count == 2, paragraphs[0] == paragraphs[1] { paragraphs.removeLast() }
        paragraphs.append("`\(endpoint.httpMethod) \(endpoint.pathTemplate)`")
        writer.doc(paragraphs.joined(separator: "\n\n"))
        writer.line("///")
        let bodyDoc = endpoint.body?.type == .runtime(.httpRequestBody)
            ? [("body", "The body as bytes, a file (read while it is sent) or a stream of chunks.")]
            : (endpoint.body.map { [("body", $0.doc)] } ?? [])
        let documented = endpoint.parameters.map { ($0.swiftName, $0.doc) } + bodyDoc
        if !documented.isEmpty {
            writer.line("/// - Parameters:")
            for (name, doc) in documented {
                writer.line("///   - \(name): \(ModelEmitter.firstLine(doc))".trimmingTrailingSpaces)
            }
        }
        if endpoint.success.returnType != nil {
            writer.line("/// - Returns: \(ModelEmitter.firstLine(returnsDoc(endpoint.success)))".trimmingTrailingSpaces)
        }
        writer.line("/// - Throws: `APIError<\(endpoint.errorType.swift)>` for any other status; `ClientError` when the request cannot be sent or the response cannot be decoded.")
    }

    /// The `- Returns:` text: the response's description, or a note on the per-status enum.
    private static func returnsDoc(_ success: SuccessResponse) -> String? {
        switch success {
        case .noBody(_, let doc), .body(_, _, let doc), .bodyOrNone(_, _, _, let doc): return doc
        case .perStatus: return "One case per documented success status."
        }
    }

    /// Prints the request building and sending, ending with `let response = …`: an `HTTPResponse`, or an
    /// `HTTPStreamingResponse` when `streaming`.
    static func emitRequest(_ endpoint: Endpoint, streaming: Bool = false, send: Bool = true, into writer: inout SwiftWriter) {
        let operationID = SwiftLiteral.string(endpoint.operationID)
        writer.line("var request = RequestBuilder(method: \(SwiftLiteral.string(endpoint.httpMethod)), operationID: \(operationID))")
        for part in endpoint.path {
            switch part {
            case .literal(let text): writer.line("request.appendPath(\(SwiftLiteral.string(text)))")
            case .parameter(let name): writer.line("request.appendPathParameter(\(SwiftName.escaped(name)))")
            }
        }
        for parameter in endpoint.parameters {
            let name = SwiftLiteral.string(parameter.name), value = SwiftName.escaped(parameter.swiftName)
            let reserved = parameter.allowReserved ? ", allowReserved: true" : ""
            switch parameter.location {
            case .query:
                if parameter.isStructured {
                    let style = parameter.style == .deepObject ? "deepObject" : "form"
                    writer.line("request.appendQueryObject(\(name), \(value), style: .\(style), explode: \(parameter.explode)\(reserved))")
                } else if case .array = parameter.type {
                    switch parameter.style {
                    case .spaceDelimited where !parameter.explode:
                        writer.line("request.appendQuery(\(name), \(value), explode: false, delimiter: \" \"\(reserved))")
                    case .pipeDelimited where !parameter.explode:
                        writer.line("request.appendQuery(\(name), \(value), explode: false, delimiter: \"|\"\(reserved))")
                    default:
                        writer.line("request.appendQuery(\(name), \(value), explode: \(parameter.explode)\(reserved))")
                    }
                } else {
                    writer.line("request.appendQuery(\(name), \(value)\(reserved))")
                }
            case .header:
                writer.line("request.setHeader(\(name), \(value))")
            case .cookie:
                writer.line("request.appendCookie(\(name), \(value))")
            case .path:
                continue
            }
        }
        if let body = endpoint.body {
            RequestBodyEmitter.emitSetter(body, into: &writer)
        }
        if let accept = endpoint.success.accept {
            writer.line("request.accept(\(SwiftLiteral.string(accept)))")
        }
        if !send { return }
        if streaming {
            writer.line("let response = try await ResponseStreamer.send(request, security: \(security(endpoint.security)), executor: executor)")
        } else {
            writer.line("let response = try await executor.send(request, security: \(security(endpoint.security)))")
        }
    }

    /// `200`, or `200...299` for `2XX`.
    static func statusPattern(_ status: String) -> String {
        if status.count == 3, status.uppercased().hasSuffix("XX"), let hundred = Int(status.prefix(1)) {
            return "\(hundred * 100)...\(hundred * 100 + 99)"
        }
        return status
    }

    static func security(_ alternatives: [[SecuritySchemeDefinition]]) -> String {
        let rendered = alternatives.map { requirement in
            "[" + requirement.compactMap { scheme -> String? in
                switch scheme {
                case .httpBasic: return ".httpBasic"
                case .httpBearer, .other: return ".httpBearer"
                case .apiKey(let name, let location): return ".apiKey(name: \(SwiftLiteral.string(name)), location: .\(location))"
                case .mutualTLS: return nil  // the transport presents the client certificate; nothing goes into the request
                }
            }.joined(separator: ", ") + "]"
        }
        return "[" + rendered.joined(separator: ", ") + "]"
    }
}

extension String {
    /// The string without trailing spaces.
    var trimmingTrailingSpaces: String {
        String(trimmingTrailing { $0 == " " })
    }
}

extension StringProtocol {
    /// The text without the trailing characters that match `predicate`.
    func trimmingTrailing(while predicate: (Character) -> Bool) -> SubSequence {
        var end = endIndex
        while end > startIndex {
            let before = index(before: end)
            guard predicate(self[before]) else { break }
            end = before
        }
        return self[startIndex..<end]
    }
}
