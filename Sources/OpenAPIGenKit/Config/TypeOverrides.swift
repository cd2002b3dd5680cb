/// Applies `typeOverrides` from the config to the model: the component's generated type is dropped and
/// every use of it names the given Swift type instead.
enum TypeOverrides {
    /// `model` with each overridden component replaced. Names that match no component are warnings.
    static func apply(_ overrides: [String: String], to model: APIModel, configFile: String, diagnostics: inout DiagnosticBag) -> APIModel {
        guard !overrides.isEmpty else { return model }
        var replacements: [String: String] = [:]
        for (component, swiftType) in overrides.sorted(by: { $0.key < $1.key }) {
            let origin = JSONPointer(["components", "schemas", component])
            if let decl = model.types.first(where: { $0.origin == origin }) {
                replacements[decl.name] = swiftType
            } else {
                diagnostics.append(Diagnostic(.warning, "typeOverrides names '\(component)', which is not a component schema of the spec", file: configFile, pointer: JSONPointer(["typeOverrides", component])))
            }
        }
        var result = model
        result.types = model.types.filter { replacements[$0.name] == nil }.map { rewrite($0, replacements) }
        result.endpoints = model.endpoints.map { endpoint in
            var copy = endpoint
            copy.parameters = endpoint.parameters.map { var p = $0; p.type = rewrite(p.type, replacements); return p }
            copy.body = endpoint.body.map { rewrite($0, replacements) }
            copy.success = endpoint.success.mapTypes { rewrite($0, replacements) }
            copy.errorType = rewrite(endpoint.errorType, replacements)
            copy.responseHeaders = endpoint.responseHeaders.map { var h = $0; h.type = rewrite(h.type, replacements); return h }
            return copy
        }
        return result
    }

    /// `body` with overridden types replaced in its type, its media-type alternatives and its multipart parts.
    private static func rewrite(_ body: EndpointBody, _ replacements: [String: String]) -> EndpointBody {
        func rewrite(_ encoding: BodyEncoding) -> BodyEncoding {
            guard case .multipart(var form?) = encoding else { return encoding }
            form.fields = form.fields.map { field in
                var copy = field
                if case .value(let type) = field.kind { copy.kind = .value(Self.rewrite(type, replacements)) }
                return copy
            }
            return .multipart(form)
        }
        var copy = body
        copy.type = Self.rewrite(body.type, replacements)
        copy.encoding = rewrite(body.encoding)
        copy.alternatives = body.alternatives.map { alternative in
            var result = alternative
            result.type = Self.rewrite(alternative.type, replacements)
            result.encoding = rewrite(alternative.encoding)
            return result
        }
        return copy
    }

    private static func rewrite(_ decl: TypeDecl, _ replacements: [String: String]) -> TypeDecl {
        var copy = decl
        copy.kind = TypeRewriting.map(decl.kind) { rewrite($0, replacements) }
        copy.nested = decl.nested.map { rewrite($0, replacements) }
        return copy
    }

    static func rewrite(_ type: TypeRef, _ replacements: [String: String]) -> TypeRef {
        switch type {
        case .named(let name): return .named(replacements[name] ?? name)
        case .array(let element): return .array(rewrite(element, replacements))
        case .dictionary(let value): return .dictionary(rewrite(value, replacements))
        case .optional(let wrapped): return .optional(rewrite(wrapped, replacements))
        default: return type
        }
    }
}
