/// The lenient readings of operations: path template variables without a declared parameter, and security
/// requirements naming schemes that `components.securitySchemes` does not declare.
extension RefResolver {
    /// A required string path parameter for each `{name}` of the path template that no declared path parameter
    /// has (https://spec.openapis.org/oas/v3.0.3#path-templating says each must be declared), with a lenient
    /// warning at the operation. An unclosed `{` and an empty `{}` are left to lowering, which reports them as errors.
    mutating func implicitPathParameters(_ operation: Operation, declared: [Parameter]) -> [Parameter] {
        var names = Set(declared.filter { $0.location == .path }.map(\.name))
        var added: [Parameter] = []
        var rest = Substring(operation.path)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = String(rest[rest.index(after: open)..<close])
            rest = rest[rest.index(after: close)...]
            guard !name.isEmpty, names.insert(name).inserted else { continue }
            context.lenient(
                .undeclaredPathParameter, "the path template names '{\(name)}', but the operation declares no path parameter '\(name)'",
                assumed: "assumed a required string path parameter", at: operation.pointer
            )
            var string = Schema(pointer: operation.pointer)
            string.type = "string"
            added.append(Parameter(pointer: operation.pointer, name: name, location: .path, required: true, schema: .value(string)))
        }
        return added
    }

    /// One lenient warning per security scheme that an operation's requirements name but the document does not
    /// declare, at its first use (operations in path, then method order), counting the operations that use it.
    /// Lowering leaves such schemes out of the requirements, so they are ignored for auth.
    mutating func reportUndeclaredSecuritySchemes() {
        var firstUse: [String: JSONPointer] = [:]
        var users: [String: Int] = [:]
        var order: [String] = []
        for operation in document.operations {
            let base = operation.security == nil ? JSONPointer(["security"]) : operation.pointer.appending("security")
            var named: Set<String> = []
            for (index, requirement) in (operation.security ?? document.security).enumerated() {
                for name in requirement.schemeNames where document.securitySchemes[name] == nil && named.insert(name).inserted {
                    if firstUse[name] == nil {
                        firstUse[name] = base.appending(index).appending(name)
                        order.append(name)
                    }
                    users[name, default: 0] += 1
                }
            }
        }
        for name in order {
            guard let pointer = firstUse[name] else { continue }
            let count = users[name] ?? 0
            context.lenient(
                .undeclaredSecurityScheme,
                "\(count) operation\(count == 1 ? " names" : "s name") the security scheme '\(name)', which is not in components.securitySchemes",
                assumed: "ignored for auth", at: pointer
            )
        }
    }
}
