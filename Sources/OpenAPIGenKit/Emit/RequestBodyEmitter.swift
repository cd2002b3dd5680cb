/// Prints how a client method sends its request body, and the types a body needs in `Client.swift`: the enum
/// of media types when a body documents several, and the struct of a `multipart/form-data` body.
enum RequestBodyEmitter {
    /// The statements that set `value` (an expression of the body's type) as the request body.
    static func setter(_ encoding: BodyEncoding, contentType: String, value: String) -> String {
        let type = SwiftLiteral.string(contentType)
        switch encoding {
        case .json:
            return contentType == "application/json"
                ? "request.setJSONBody(\(value))" : "request.setJSONBody(\(value), contentType: \(type))"
        case .text:
            return "request.setTextBody(\(value), contentType: \(type))"
        case .form(let fields):
            guard !fields.isEmpty else { return "request.setFormBody(\(value), contentType: \(type))" }
            let entries = fields.map { field in
                "\(SwiftLiteral.string(field.name)): .init(style: .\(field.style == .deepObject ? "deepObject" : "form"), explode: \(field.explode))"
            }
            return "request.setFormBody(\(value), contentType: \(type), encodings: [\(entries.joined(separator: ", "))])"
        case .multipart(let form):
            return "request.setMultipartBody(\(value)\(form == nil ? "" : ".multipartBody"), contentType: \(type))"
        case .binary:
            return "request.setBody(\(value), contentType: \(type))"
        }
    }

    /// Sets `body` as the request body: one statement, or a `switch` over the cases of a body enum.
    static func emitSetter(_ body: EndpointBody, into writer: inout SwiftWriter) {
        guard !body.alternatives.isEmpty else {
            let statement = setter(body.encoding, contentType: body.contentType, value: "body")
            writer.line(body.required ? statement : "if let body { \(statement) }")
            return
        }
        let emitSwitch = { (w: inout SwiftWriter) in
            w.switchBlock("body") { w in
                for alternative in body.alternatives {
                    w.line("case .\(SwiftName.escaped(alternative.caseName))(let value):")
                    w.line("    " + setter(alternative.encoding, contentType: alternative.contentType, value: "value"))
                }
            }
        }
        if body.required {
            emitSwitch(&writer)
        } else {
            writer.block("if let body", emitSwitch)
        }
    }

    /// The types `endpoint`'s body needs: its enum of media types and its multipart structs.
    static func emitTypes(_ endpoint: Endpoint, into writer: inout SwiftWriter) {
        guard let body = endpoint.body else { return }
        if !body.alternatives.isEmpty, case .named(let name) = body.type {
            writer.line()
            writer.doc("The body of `\(endpoint.methodName)`: one case per documented media type, sent with that `Content-Type`.")
            writer.declaration("enum \(name): Swift.Sendable, Swift.Hashable") { w in
                for alternative in body.alternatives {
                    w.doc("`\(alternative.contentType)`")
                    w.line("case \(SwiftName.escaped(alternative.caseName))(\(alternative.type.swift))")
                }
            }
        }
        let forms = body.alternatives.isEmpty ? [body.encoding] : body.alternatives.map(\.encoding)
        for case .multipart(let form?) in forms {
            writer.line()
            emitMultipartStruct(form, method: endpoint.methodName, into: &writer)
        }
    }

    /// A struct with one property per part and `multipartBody`, which lists the parts.
    private static func emitMultipartStruct(_ form: MultipartForm, method: String, into writer: inout SwiftWriter) {
        writer.doc("The `multipart/form-data` body of `\(method)`: one property per part. Files are `MultipartFile`s, from bytes or from a file URL that is read while the request is sent.")
        writer.declaration("struct \(form.typeName): Swift.Sendable, Swift.Hashable") { w in
            for field in form.fields {
                w.doc(field.doc)
                w.declarationLine("var \(SwiftName.escaped(field.swiftName)): \(field.type.swift)\(field.required ? "" : "?")")
                if !field.headers.isEmpty {
                    w.doc("Header fields sent with the `\(field.name)` part (documented: \(field.headers.map { "`\($0)`" }.joined(separator: ", "))).")
                    w.declarationLine("var \(field.swiftName)PartHeaders: [HTTPHeaderField]")
                }
            }
            w.line()
            w.doc("Creates the body.")
            let arguments = form.fields.flatMap { field in
                ["\(SwiftName.escaped(field.swiftName)): \(field.type.swift)\(field.required ? "" : "? = nil")"]
                    + (field.headers.isEmpty ? [] : ["\(field.swiftName)PartHeaders: [HTTPHeaderField] = []"])
            }
            w.declaration("init", list: arguments, "") { w in
                for field in form.fields {
                    w.line("self.\(field.swiftName) = \(SwiftName.escaped(field.swiftName))")
                    if !field.headers.isEmpty {
                        w.line("self.\(field.swiftName)PartHeaders = \(field.swiftName)PartHeaders")
                    }
                }
            }
            w.line()
            w.doc("The parts, in the order of the properties' names.")
            w.declaration("var multipartBody: MultipartBody") { w in
                w.line("var body = MultipartBody()")
                for field in form.fields {
                    let method: String
                    switch field.kind {
                    case .value: method = "appendValue"
                    case .file: method = "appendFile"
                    case .files: method = "appendFiles"
                    }
                    let contentType = field.contentType.map { ", contentType: \(SwiftLiteral.string($0))" } ?? ""
                    let headers = field.headers.isEmpty ? "" : ", headers: self.\(field.swiftName)PartHeaders"
                    w.line("body.\(method)(\(SwiftLiteral.string(field.name)), self.\(field.swiftName)\(contentType)\(headers))")
                }
                w.line("return body")
            }
        }
    }
}
