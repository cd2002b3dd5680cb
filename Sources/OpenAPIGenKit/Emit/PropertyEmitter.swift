/// Prints the stored properties of generated structs and `anyOf` structs, and the public memberwise `init`.
///
/// A property with a `storageName` is public and computed over a private stored property: boxed values
/// (recursive schemas) are unwrapped from their `OpenAPIBox`, deprecated ones get `@available(*, deprecated)`
/// while the init and the coding code touch only the undeprecated storage, so the generated code itself
/// compiles without deprecation warnings.
enum PropertyEmitter {
    /// Prints each property with its doc comment, and the storage of computed ones right after it.
    static func declare(_ properties: [Property], into writer: inout SwiftWriter) {
        for property in properties {
            writer.doc(property.doc)
            if property.deprecated { writer.line("@available(*, deprecated)") }
            let name = SwiftName.escaped(property.swiftName)
            guard let storage = property.storageName else {
                writer.declarationLine("var \(name): \(property.type.swift)")
                continue
            }
            writer.declaration("var \(name): \(property.type.swift)") { w in
                if property.isBoxed {
                    let optional = property.type.isOptional
                    w.line("get { self.\(storage)\(optional ? "?" : "").value }")
                    w.line(optional ? "set { self.\(storage) = newValue.map(OpenAPIBox.init) }" : "set { self.\(storage) = OpenAPIBox(newValue) }")
                } else {
                    w.line("get { self.\(storage) }")
                    w.line("set { self.\(storage) = newValue }")
                }
            }
            writer.line("private var \(SwiftName.escaped(storage)): \(storageType(property, optional: true))")
        }
    }

    /// The Swift type of the stored property: `OpenAPIBox<T>` for boxed values; `optional: false` drops the
    /// property's `Optional`.
    static func storageType(_ property: Property, optional: Bool) -> String {
        let base = property.isBoxed ? "OpenAPIBox<\(property.type.unwrapped.swift)>" : property.type.unwrapped.swift
        return base + (optional && property.type.isOptional ? "?" : "")
    }

    /// The expression that stores `value` (a value of the public type) in the property's storage.
    static func storedValue(_ property: Property, _ value: String) -> String {
        guard property.isBoxed else { return value }
        return property.type.isOptional ? "\(value).map(OpenAPIBox.init)" : "OpenAPIBox(\(value))"
    }

    /// `public init(…)` with one parameter per property; optional ones default to nil, defaulted ones to their
    /// default value.
    static func emitInit(_ name: String, _ properties: [Property], into writer: inout SwiftWriter) {
        writer.doc("Creates a `\(name)`.")
        let documented = properties.filter { $0.doc != nil }
        if !documented.isEmpty {
            writer.line("///")
            writer.line("/// - Parameters:")
            for property in documented {
                writer.line("///   - \(property.swiftName): \(ModelEmitter.firstLine(property.doc))".trimmingTrailingSpaces)
            }
        }
        let arguments = properties.map { property in
            let defaultValue = property.defaultValue.map(LiteralRenderer.swift) ?? (property.type.isOptional ? "nil" : nil)
            return "\(SwiftName.escaped(property.swiftName)): \(property.type.swift)" + (defaultValue.map { " = \($0)" } ?? "")
        }
        writer.declaration("init", list: arguments, "") { w in
            for property in properties {
                w.line("self.\(property.storedName) = \(storedValue(property, SwiftName.escaped(property.swiftName)))")
            }
        }
    }
}
