/// Lowers resolved schemas into the types of the `APIModel`: structs, enums and typealiases.
///
/// Component schemas keep their names (made legal and unique, in sorted order). Inline schemas are named
/// from their position (`Backup` + `datastore` → `Backup.Datastore`) and declared inside the type that
/// uses them; inline schemas of operations become top-level types named after the operation.
struct SchemaLowering {
    let document: ResolvedDocument
    var context: ParseContext
    /// Component name → Swift type name.
    private(set) var componentTypeNames: [String: String] = [:]
    private var componentSchemas: [String: Referable<Schema>] = [:]
    /// Every top-level type name in use.
    var topLevelNames: Set<String> = SwiftKeywords.reservedTypeNames
    /// Declared top-level types.
    var declarations: [TypeDecl] = []

    /// The names of nested types being built inside one struct.
    struct Scope {
        var path: String
        var taken: Set<String> = ["CodingKeys"]
        var nested: [TypeDecl] = []
    }

    /// Prepares names for every component schema, in sorted order so that suffixes are stable.
    init(document: ResolvedDocument, context: ParseContext) {
        self.document = document
        self.context = context
        for named in document.schemas {
            componentTypeNames[named.name] = SwiftName.unique(SwiftName.typeName(named.name), in: &topLevelNames)
            componentSchemas[named.name] = named.schema
        }
    }

    /// Declares every component schema.
    mutating func lowerComponents() {
        for named in document.schemas {
            guard let name = componentTypeNames[named.name] else { continue }
            declarations.append(declaration(named.schema, name: name, qualifiedName: name))
        }
    }

    // MARK: - Declarations

    /// The declaration for a named schema: a struct, an enum, or a typealias to whatever `typeRef` gives.
    private mutating func declaration(_ referable: Referable<Schema>, name: String, qualifiedName: String) -> TypeDecl {
        guard case .value(let schema) = referable else {
            var none: Scope?
            return TypeDecl(name: name, doc: nil, origin: pointer(of: referable), kind: .alias(typeRef(referable, suggested: name, scope: &none)))
        }
        let doc = schema.description ?? schema.title
        if let enumDecl = enumeration(schema) {
            return TypeDecl(name: name, doc: doc, origin: schema.pointer, kind: .enumeration(enumDecl))
        }
        if isStruct(schema) {
            var scope = Scope(path: qualifiedName)
            let properties = structProperties(schema, scope: &scope)
            return TypeDecl(name: name, doc: doc, origin: schema.pointer, kind: .structure(properties), nested: scope.nested.sorted { $0.name < $1.name })
        }
        var none: Scope?
        return TypeDecl(name: name, doc: doc, origin: schema.pointer, kind: .alias(typeRef(referable, suggested: name, scope: &none)))
    }

    private func isStruct(_ schema: Schema) -> Bool {
        !schema.properties.isEmpty && schema.oneOf.isEmpty && schema.anyOf.isEmpty && !isDecorator(schema)
    }

    private func isDecorator(_ schema: Schema) -> Bool {
        schema.allOf.count == 1 && schema.properties.isEmpty
    }

    private mutating func structProperties(_ schema: Schema, scope: inout Scope) -> [Property] {
        var taken: Set<String> = []
        let required = Set(schema.required)
        var scopeOrNil: Scope? = scope
        defer { if let updated = scopeOrNil { scope = updated } }
        return schema.properties.map { property in
            let swiftName = SwiftName.unique(SwiftName.memberName(property.name), in: &taken)
            var type = typeRef(property.schema, suggested: SwiftName.typeName(property.name), scope: &scopeOrNil)
            let isRequired = required.contains(property.name)
            if !isRequired || isNullable(property.schema) { type = type.optional }
            return Property(
                jsonKey: property.name, swiftName: swiftName, type: type, isRequired: isRequired,
                doc: propertyDoc(property.schema), deprecated: isDeprecated(property.schema)
            )
        }
    }

    /// A string or integer enum, when the schema has `enum` values.
    private mutating func enumeration(_ schema: Schema) -> EnumDecl? {
        guard let values = schema.enumValues, schema.type == "string" || schema.type == "integer" || schema.type == nil else { return nil }
        let isInteger = schema.type == "integer" || (schema.type == nil && values.allSatisfy { if case .int = $0 { true } else { $0 == .null } })
        var taken: Set<String> = ["undocumented", "rawValue", "allCases", "init", "encode", "hash"]
        var cases: [EnumCase] = []
        var seen: Set<JSONValue> = []
        for (index, value) in values.enumerated() where seen.insert(value).inserted {
            switch (value, isInteger) {
            case (.null, _):
                continue
            case (.string(let string), false):
                cases.append(EnumCase(name: SwiftName.unique(SwiftName.memberName(string), in: &taken), literal: SwiftLiteral.string(string)))
            case (.int(let int), true):
                let name = int < 0 ? "negative\(-int)" : "_\(int)"
                cases.append(EnumCase(name: SwiftName.unique(name, in: &taken), literal: String(int)))
            default:
                context.warning("enum value \(value.kindDescription) does not match the enum's type and is left out", at: schema.pointer.appending("enum").appending(index))
            }
        }
        guard !cases.isEmpty else { return nil }
        return EnumDecl(rawType: isInteger ? .int : .string, cases: cases)
    }

    // MARK: - Type references

    /// The Swift type for a schema used somewhere (without the `Optional` its nullability may add).
    /// Inline structs and enums are declared in `scope`, or at top level when `scope` is nil.
    mutating func typeRef(_ referable: Referable<Schema>, suggested: String, scope: inout Scope?) -> TypeRef {
        let schema: Schema
        switch referable {
        case .reference(let reference):
            guard let name = reference.componentName(in: "schemas"), let typeName = componentTypeNames[name] else { return .json }
            return .named(typeName)
        case .value(let value):
            schema = value
        }
        if isDecorator(schema) {
            return typeRef(schema.allOf[0], suggested: suggested, scope: &scope)
        }
        if !schema.oneOf.isEmpty || !schema.anyOf.isEmpty {
            context.warning("'\(schema.oneOf.isEmpty ? "anyOf" : "oneOf")' is not supported yet; the value is decoded as JSONValue", at: schema.pointer)
            return .json
        }
        if schema.enumValues != nil, enumeration(schema) != nil || isStruct(schema) {
            return .named(declareInline(referable, suggested: suggested, scope: &scope))
        }
        switch schema.type {
        case "string":
            switch schema.format {
            case "date-time": return .dateTime
            case "date": return .date
            case "byte", "binary": return .data
            default: return .string
            }
        case "integer":
            switch schema.format {
            case "int32": return .int32
            case "int64": return .int64
            default: return .int
            }
        case "number":
            return schema.format == "float" ? .float : .double
        case "boolean":
            return .bool
        case "array":
            guard let items = schema.items else { return .array(.json) }
            return .array(typeRef(items, suggested: suggested + "Item", scope: &scope))
        default:
            if isStruct(schema) {
                return .named(declareInline(referable, suggested: suggested, scope: &scope))
            }
            if case .schema(let additional) = schema.additionalProperties {
                let value = typeRef(additional, suggested: suggested + "Value", scope: &scope)
                return .dictionary(isNullable(additional) ? value.optional : value)
            }
            if schema.type == "object" || schema.additionalProperties != nil {
                return .dictionary(.json)
            }
            return .json
        }
    }

    /// Declares an inline schema inside `scope` (or at top level) and returns its qualified name.
    private mutating func declareInline(_ referable: Referable<Schema>, suggested: String, scope: inout Scope?) -> String {
        if var current = scope {
            var taken = current.taken.union(topLevelNames)
            let name = SwiftName.unique(suggested, in: &taken)
            current.taken.insert(name)
            let qualified = "\(current.path).\(name)"
            scope = current
            let decl = declaration(referable, name: name, qualifiedName: qualified)
            scope?.nested.append(decl)
            return qualified
        }
        let name = SwiftName.unique(suggested, in: &topLevelNames)
        declarations.append(declaration(referable, name: name, qualifiedName: name))
        return name
    }

    // MARK: - Facts about schemas

    /// Whether a value of this schema may be null: `nullable` on it, on the decorated `$ref`, or on the
    /// referenced component.
    func isNullable(_ referable: Referable<Schema>) -> Bool {
        switch referable {
        case .reference(let reference):
            guard let name = reference.componentName(in: "schemas"), let target = componentSchemas[name] else { return false }
            if case .value(let schema) = target { return schema.nullable }
            return false
        case .value(let schema):
            if schema.nullable { return true }
            if isDecorator(schema) { return isNullable(schema.allOf[0]) }
            return false
        }
    }

    private func propertyDoc(_ referable: Referable<Schema>) -> String? {
        guard case .value(let schema) = referable else { return nil }
        return schema.description ?? schema.title
    }

    private func isDeprecated(_ referable: Referable<Schema>) -> Bool {
        guard case .value(let schema) = referable else { return false }
        return schema.deprecated
    }

    private func pointer(of referable: Referable<Schema>) -> JSONPointer {
        switch referable {
        case .reference(let reference): return reference.pointer
        case .value(let schema): return schema.pointer
        }
    }
}
