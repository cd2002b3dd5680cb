#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Builds the `APIModel` from a `ResolvedDocument`: the one worker of the lowering stage (`ModelLowering` runs it).
/// It owns every name the generated code declares, lowers schemas into types (structs, enums, `oneOf` enums,
/// `anyOf` structs and typealiases), and its extensions lower operations into endpoints (`EndpointLowering.swift`),
/// request bodies, responses, defaults and webhooks, reporting what it cannot express through `reporter`.
///
/// Component schemas keep their names (made legal and unique, in sorted order, so that which of two clashing
/// names gets a suffix does not depend on the file's layout) and are declared in document order. Inline schemas are named
/// from their position (`Backup` + `datastore` → `Backup.Datastore`) and declared inside the type that
/// uses them; inline schemas of operations become top-level types named after the operation.
///
/// A deprecated component `Old` is declared as `_Old`, which the generated code uses, plus the deprecated
/// `typealias Old = _Old` for callers: Swift warns about every mention of a deprecated type outside a deprecated
/// context, so this is the only shape that deprecates the name without warnings in the generated code itself.
struct APIModelBuilder {
    let document: ResolvedDocument
    /// Where warnings about schemas and operations go.
    var reporter: SpecReporter
    /// Component name → Swift type name.
    private(set) var componentTypeNames: [String: String] = [:]
    /// Component name → the deprecated alias callers use, for deprecated components.
    private var deprecatedAliases: [String: String] = [:]
    private var componentSchemas: [String: Referable<Schema>] = [:]
    /// Nullability, concrete schema and default of every component, computed once.
    private(set) var facts = ComponentFacts()
    /// The schema visits of the analyses of this lowering.
    var counters = AnalysisCounters()
    /// Every top-level type name in use.
    var topLevelNames = NameSet(SwiftKeywords.reservedTypeNames)
    /// Declared top-level types.
    private(set) var declarations: [TypeDecl] = []
    /// The kind of each declared top-level type, by name: endpoints ask it for every parameter.
    private(set) var declaredKinds: [String: TypeDecl.Kind] = [:]
    /// The case names of each list of enum values named so far (`enumCasesNamingOnce`).
    private var enumCaseNames: [EnumCaseNames.Key: EnumCaseNames] = [:]
    /// Inline schemas already declared inside a top-level type, by that type and the schema's location: a schema
    /// that a non-component `$ref` copies to several places is declared once per top-level type, so that output
    /// grows with the document, not with the number of copies.
    private var sharedInline: [String: String] = [:]

    /// The names of nested types being built inside one struct or union.
    struct Scope {
        var path: String
        /// Names no nested type inside the top-level owner takes (`namesAvoided(inside:named:)`).
        var avoided: Set<String>
        var taken: NameSet = ["CodingKeys"]
        var nested: [TypeDecl] = []
    }

    /// Prepares names for every component schema, in sorted order so that suffixes are stable.
    init(document: ResolvedDocument, reporter: SpecReporter) {
        self.document = document
        self.reporter = reporter
        // Names that would shadow a standard type get the suffix `Model`, after every other name is taken, so that a
        // schema really called `ErrorModel` keeps its name and `Error` becomes `ErrorModel2`.
        func shadows(_ named: NamedSchema) -> Bool { SwiftKeywords.shadowingTypeNames.contains(SwiftName.typeName(named.name)) }
        let sorted = document.schemas.sorted { $0.name < $1.name }
        for named in sorted.filter({ !shadows($0) }) + sorted.filter(shadows) {
            let base = SwiftName.typeName(named.name)
            let candidate = SwiftKeywords.shadowingTypeNames.contains(base) ? base + "Model" : base
            let name = SwiftName.unique(candidate, in: &topLevelNames)
            if case .value(let schema) = named.schema, schema.deprecated {
                deprecatedAliases[named.name] = name
                componentTypeNames[named.name] = SwiftName.unique("_" + name, in: &topLevelNames)
            } else {
                componentTypeNames[named.name] = name
            }
            componentSchemas[named.name] = named.schema
        }
        facts = ComponentFacts(components: componentSchemas, counters: &counters)
    }

    /// Declares every component schema (and the deprecated aliases of deprecated ones), in document order.
    mutating func lowerComponents() {
        for named in document.schemas {
            guard let name = componentTypeNames[named.name] else { continue }
            var decl = declaration(named.schema, name: name, qualifiedName: name)
            if let alias = deprecatedAliases[named.name] {
                let note = "Deprecated: callers should name this type `\(alias)`, which carries the deprecation."
                // The alias's origin is the `deprecated` keyword, so that the component's own origin names the real type
                // (`typeOverrides` replaces that one, and rewriting the alias's target follows).
                declare(TypeDecl(name: alias, doc: decl.doc, origin: decl.origin.appending("deprecated"), kind: .alias(.named(name)), deprecated: true))
                decl.doc = [decl.doc.map(PlainText.trimmingWhitespaceAndNewlines), note].compactMap { $0 }.joined(separator: "\n\n")
            }
            declare(decl)
        }
    }

    /// Adds a top-level declaration.
    mutating func declare(_ decl: TypeDecl) {
        declarations.append(decl)
        if declaredKinds[decl.name] == nil { declaredKinds[decl.name] = decl.kind }
    }

    /// Puts `doc` in front of the doc comment of the top-level declaration at `index`.
    mutating func prependDoc(_ doc: String, toDeclarationAt index: Int) {
        declarations[index].doc = [doc, declarations[index].doc].compactMap { $0 }.joined(separator: "\n\n")
    }

    /// The schema of component `name`, as normalized by the resolver.
    func componentSchema(named name: String) -> Referable<Schema>? {
        componentSchemas[name]
    }

    // MARK: - Declarations

    /// The declaration for a named schema: a struct, an enum, a union, or a typealias to whatever `typeRef` gives.
    /// Its nested types avoid `avoided`: for a top-level declaration (nil), the names its own schema makes it refer to.
    mutating func declaration(_ referable: Referable<Schema>, name: String, qualifiedName: String, avoided: Set<String>? = nil) -> TypeDecl {
        guard case .value(let schema) = referable else {
            var none: Scope?
            return TypeDecl(name: name, doc: nil, origin: pointer(of: referable), kind: .alias(typeRef(referable, suggested: name, scope: &none)))
        }
        let doc = schema.description ?? schema.title
        if let enumDecl = enumeration(schema) {
            return TypeDecl(name: name, doc: doc, origin: schema.pointer, kind: .enumeration(enumDecl))
        }
        if isUnion(schema), singleVariant(schema) == nil {
            var scope = Scope(path: qualifiedName, avoided: avoided ?? namesAvoided(inside: referable, named: name))
            let kind = unionKind(schema, scope: &scope)
            return TypeDecl(name: name, doc: doc, origin: schema.pointer, kind: kind, nested: scope.nested)
        }
        if isTuple(schema) {
            var scope = Scope(path: qualifiedName, avoided: avoided ?? namesAvoided(inside: referable, named: name))
            var decl = TypeDecl(name: name, doc: doc, origin: schema.pointer, kind: .structure(tupleProperties(schema, scope: &scope)))
            decl.nested = scope.nested
            decl.isTuple = true
            return decl
        }
        if isStruct(schema) {
            var scope = Scope(path: qualifiedName, avoided: avoided ?? namesAvoided(inside: referable, named: name))
            let properties = structProperties(schema, scope: &scope)
            return TypeDecl(name: name, doc: doc, origin: schema.pointer, kind: .structure(properties), nested: scope.nested)
        }
        var none: Scope?
        let note = FormatMapping.note(type: schema.type, format: schema.format)
        let aliasDoc = [doc.map(PlainText.trimmingWhitespaceAndNewlines), note].compactMap { $0 }.joined(separator: "\n\n")
        return TypeDecl(name: name, doc: aliasDoc.isEmpty ? nil : aliasDoc, origin: schema.pointer, kind: .alias(typeRef(referable, suggested: name, scope: &none)))
    }

    func isStruct(_ schema: Schema) -> Bool {
        !schema.properties.isEmpty && schema.oneOf.isEmpty && schema.anyOf.isEmpty && !isDecorator(schema)
    }

    func isDecorator(_ schema: Schema) -> Bool {
        ComponentFacts.isDecorator(schema)
    }

    private mutating func structProperties(_ schema: Schema, scope: inout Scope) -> [Property] {
        var taken: NameSet = []
        let required = Set(schema.required)
        var scopeOrNil: Scope? = scope
        defer { if let updated = scopeOrNil { scope = updated } }
        var properties = schema.properties.map { property in
            lowerProperty(property, isRequired: required.contains(property.name), taken: &taken, scope: &scopeOrNil)
        }
        if let extra = additionalPropertiesProperty(schema, taken: &taken, scope: &scopeOrNil) {
            properties.append(extra)
        }
        counters.count(.names, taken.tries)
        return properties
    }

    /// One property: optional unless required and not nullable, or defaulted; write-only ones always optional.
    private mutating func lowerProperty(_ property: SchemaProperty, isRequired: Bool, taken: inout NameSet, scope: inout Scope?) -> Property {
        let swiftName = SwiftName.unique(SwiftName.memberName(property.name), in: &taken)
        var type = typeRef(property.schema, suggested: SwiftName.typeName(property.name), scope: &scope)
        let flags = accessFlags(property.schema)
        let writeOnly = flags.writeOnly
        let nullable = isNullable(property.schema)
        let defaultValue = writeOnly ? nil : self.defaultValue(for: property.schema, type: type)
        if writeOnly || nullable || (!isRequired && defaultValue == nil) { type = type.optional }
        return Property(
            jsonKey: property.name, swiftName: swiftName, type: type, isRequired: isRequired && !writeOnly,
            doc: propertyDoc(property.schema, flags: flags), deprecated: isDeprecated(property.schema), defaultValue: defaultValue,
            isNullable: nullable, origin: SpecPlace(node(of: property.schema))
        )
    }

    /// `additionalProperties: true` or a schema, next to declared properties: a dictionary of the other keys.
    private mutating func additionalPropertiesProperty(_ schema: Schema, taken: inout NameSet, scope: inout Scope?) -> Property? {
        let value: TypeRef
        switch schema.additionalProperties {
        case .allowed(true)?:
            value = .json
        case .schema(let additional)?:
            let type = typeRef(additional, suggested: "AdditionalProperty", scope: &scope)
            value = isNullable(additional) ? type.optional : type
        default:
            return nil
        }
        return Property(
            jsonKey: "", swiftName: SwiftName.unique("additionalProperties", in: &taken), type: .dictionary(value),
            isRequired: false, doc: "The members whose keys the schema does not declare, by key.", deprecated: false,
            defaultValue: .dictionary([]), isAdditionalProperties: true, origin: SpecPlace(schema.pointer.appending("additionalProperties"))
        )
    }

    /// A string or integer enum, when the schema has `enum` values; values of the wrong kind are reported.
    private mutating func enumeration(_ schema: Schema) -> EnumDecl? {
        guard let values = schema.enumValues, Self.isEnumType(schema) else { return nil }
        let (cases, isInteger, rejected) = enumCasesNamingOnce(schema)
        for index in rejected {
            reporter.warning("enum value \(values[index].kindDescription) does not match the enum's type and is left out", at: schema.pointer.appending("enum").appending(index))
        }
        guard !cases.isEmpty else { return nil }
        return EnumDecl(rawType: isInteger ? .int : .string, cases: cases.map(\.enumCase))
    }

    /// Whether `enum` values make a Swift enum: only for string and integer schemas (and untyped ones).
    static func isEnumType(_ schema: Schema) -> Bool {
        schema.type == "string" || schema.type == "integer" || schema.type == nil
    }

    /// Whether an enum with `values` has integer cases: an `integer` schema, or an untyped one of integers.
    static func enumIsInteger(_ schema: Schema, _ values: [JSONValue]) -> Bool {
        schema.type == "integer" || (schema.type == nil && values.allSatisfy { if case .int = $0 { true } else { $0 == .null } })
    }

    /// Whether `enumCases(_:)` gives at least one case, without naming them: some value has the enum's kind.
    static func hasEnumCases(_ schema: Schema) -> Bool {
        guard isEnumType(schema), let values = schema.enumValues else { return false }
        let isInteger = enumIsInteger(schema, values)
        return values.contains { value in
            switch value {
            case .string: return !isInteger
            case .int: return isInteger
            default: return false
            }
        }
    }

    /// The cases of an enum schema with the JSON value of each, and the indices of values of the wrong kind. No
    /// cases when the schema's type cannot be an enum, so that `typeRef` and `declaration` agree.
    func enumCases(_ schema: Schema) -> (cases: [(value: JSONValue, enumCase: EnumCase)], isInteger: Bool, rejected: [Int]) {
        Self.enumCases(schema, EnumCaseNames(Self.enumCaseKey(schema)))
    }

    /// `enumCases(_:)`, naming the cases of each distinct list of values once: large documents repeat the same
    /// enum in many places (Stripe one list of 900 values in 18 request bodies).
    mutating func enumCasesNamingOnce(_ schema: Schema) -> (cases: [(value: JSONValue, enumCase: EnumCase)], isInteger: Bool, rejected: [Int]) {
        let key = Self.enumCaseKey(schema)
        if let names = enumCaseNames[key] { return Self.enumCases(schema, names) }
        let names = EnumCaseNames(key)
        enumCaseNames[key] = names
        return Self.enumCases(schema, names)
    }

    /// What the case names of `schema`'s enum depend on: its values (none when its type cannot be an enum) and
    /// whether it is an integer enum.
    private static func enumCaseKey(_ schema: Schema) -> EnumCaseNames.Key {
        let values = isEnumType(schema) ? schema.enumValues ?? [] : []
        return EnumCaseNames.Key(values: values, isInteger: enumIsInteger(schema, values))
    }

    /// The cases of `schema` with `names`, each with its place in the schema's `enum`.
    private static func enumCases(_ schema: Schema, _ names: EnumCaseNames) -> (cases: [(value: JSONValue, enumCase: EnumCase)], isInteger: Bool, rejected: [Int]) {
        let enumPointer = schema.pointer.appending("enum")
        let cases = names.cases.map { named in
            (named.value, EnumCase(name: named.name, rawValue: named.rawValue, origin: SpecPlace(enumPointer.appending(named.index))))
        }
        return (cases, names.isInteger, names.rejected)
    }

    // MARK: - Type references

    /// The Swift type for a schema used somewhere (without the `Optional` its nullability may add).
    /// Inline structs, enums and unions are declared in `scope`, or at top level when `scope` is nil.
    mutating func typeRef(_ referable: Referable<Schema>, suggested: String, scope: inout Scope?) -> TypeRef {
        counters.count(.lowering)
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
        if isUnion(schema) {
            if let single = singleVariant(schema) { return typeRef(single, suggested: suggested, scope: &scope) }
            return .named(declareInline(referable, suggested: suggested, scope: &scope))
        }
        if schema.enumValues != nil, Self.hasEnumCases(schema) || isStruct(schema) {
            return .named(declareInline(referable, suggested: suggested, scope: &scope))
        }
        if let scalar = FormatMapping.scalar(type: schema.type, format: schema.format) {
            return scalar
        }
        if isTuple(schema) {
            return .named(declareInline(referable, suggested: suggested, scope: &scope))
        }
        if schema.type == "array" {
            guard let items = schema.items else { return .array(.json) }
            let item = typeRef(items, suggested: suggested + "Item", scope: &scope)
            return .array(isNullable(items) ? item.optional : item)
        }
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

    /// Declares an inline schema inside `scope` (or at top level) and returns its qualified name.
    mutating func declareInline(_ referable: Referable<Schema>, suggested: String, scope: inout Scope?) -> String {
        if var current = scope {
            let root = current.path.split(separator: ".").first.map(String.init) ?? current.path
            let key = "\(root) \(pointer(of: referable))"
            if let shared = sharedInline[key] { return shared }
            // A nested type must not shadow a name its owner refers to, but may share one with an unrelated type.
            let name = SwiftName.unique(suggested, in: &current.taken, avoiding: current.avoided)
            let qualified = "\(current.path).\(name)"
            scope = current
            let decl = declaration(referable, name: name, qualifiedName: qualified, avoided: current.avoided)
            scope?.nested.append(decl)
            sharedInline[key] = qualified
            return qualified
        }
        let name = SwiftName.unique(suggested, in: &topLevelNames)
        declare(declaration(referable, name: name, qualifiedName: name))
        return name
    }
}
