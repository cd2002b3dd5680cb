import Foundation

/// Prints one client method: its doc comment, signature, request building, and the status switch that
/// returns the success body or throws `APIError`.
enum EndpointEmitter {
    /// Prints `endpoint` as a method of `Client`: it calls the `…Response` method and returns its body.
    static func emit(_ endpoint: Endpoint, into writer: inout SwiftWriter) {
        emitDoc(endpoint, into: &writer)
        if endpoint.deprecated { writer.line("@available(*, deprecated)") }
        let returns = endpoint.success.type.map { " -> \($0.swift)" } ?? ""
        writer.declaration("func \(SwiftName.escaped(endpoint.methodName))(\(arguments(endpoint).joined(separator: ", "))) async throws\(returns)") { w in
            w.line(ResponseMethodEmitter.call(endpoint, method: endpoint.responseMethodName) + ".body")
        }
    }

    /// The method's arguments, as declared: parameters, then the body.
    static func arguments(_ endpoint: Endpoint) -> [String] {
        var arguments = endpoint.parameters.map { parameter in
            "\(SwiftName.escaped(parameter.swiftName)): \(parameter.type.swift)" + (parameter.required ? "" : "? = nil")
        }
        if let body = endpoint.body {
            arguments.append("body: \(body.type.swift)" + (body.required ? "" : "? = nil"))
        }
        return arguments
    }

    static func emitDoc(_ endpoint: Endpoint, into writer: inout SwiftWriter) {
        var paragraphs = [endpoint.summary, endpoint.doc].compactMap { $0?.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        if paragraphs.count == 2, paragraphs[0] == paragraphs[1] { paragraphs.removeLast() }
        paragraphs.append("`\(endpoint.httpMethod) \(endpoint.pathTemplate)`")
        writer.doc(paragraphs.joined(separator: "\n\n"))
        writer.line("///")
        let documented = endpoint.parameters.map { ($0.swiftName, $0.doc) } + (endpoint.body.map { [("body", $0.doc)] } ?? [])
        if !documented.isEmpty {
            writer.line("/// - Parameters:")
            for (name, doc) in documented {
                writer.line("///   - \(name): \(ModelEmitter.firstLine(doc))".trimmingTrailingSpaces)
            }
        }
        if endpoint.success.type != nil {
            writer.line("/// - Returns: \(ModelEmitter.firstLine(endpoint.success.doc))".trimmingTrailingSpaces)
        }
        writer.line("/// - Throws: `APIError<\(endpoint.errorType.swift)>` for any other status; `ClientError` when the request cannot be sent or the response cannot be decoded.")
    }

    /// Prints the request building and sending, ending with `let response = …`: an `HTTPResponse`, or an
    /// `HTTPStreamingResponse` when `streaming`.
    static func emitRequest(_ endpoint: Endpoint, streaming: Bool = false, into writer: inout SwiftWriter) {
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
            switch parameter.location {
            case .query:
                if parameter.isStructured {
                    let style = parameter.style == .deepObject ? "deepObject" : "form"
                    writer.line("request.appendQueryObject(\(name), \(value), style: .\(style), explode: \(parameter.explode))")
                } else if case .array = parameter.type {
                    switch parameter.style {
                    case .spaceDelimited where !parameter.explode:
                        writer.line("request.appendQuery(\(name), \(value), explode: false, delimiter: \" \")")
                    case .pipeDelimited where !parameter.explode:
                        writer.line("request.appendQuery(\(name), \(value), explode: false, delimiter: \"|\")")
                    default:
                        writer.line("request.appendQuery(\(name), \(value), explode: \(parameter.explode))")
                    }
                } else {
                    writer.line("request.appendQuery(\(name), \(value))")
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
            let setter = body.isJSON ? "request.setJSONBody(body)" : "request.setBody(body, contentType: \(SwiftLiteral.string(body.contentType)))"
            if body.required {
                writer.line(setter)
            } else {
                writer.line("if let body { \(setter) }")
            }
        }
        if let contentType = endpoint.success.contentType {
            writer.line("request.accept(\(SwiftLiteral.string(contentType)))")
        }
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

    private static func security(_ alternatives: [[SecuritySchemeDefinition]]) -> String {
        let rendered = alternatives.map { requirement in
            "[" + requirement.map { scheme -> String in
                switch scheme {
                case .httpBasic: return ".httpBasic"
                case .httpBearer, .other: return ".httpBearer"
                case .apiKey(let name, let location): return ".apiKey(name: \(SwiftLiteral.string(name)), location: .\(location))"
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
