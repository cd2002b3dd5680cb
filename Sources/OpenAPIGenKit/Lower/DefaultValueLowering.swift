#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Turns `default` values (https://spec.openapis.org/oas/v3.0.3#schema-object) into `LiteralValue`s of the
/// property's type: strings, numbers and booleans, enum cases, dates and instants written as strings, bytes for
/// `format: byte`, arrays, dictionaries and free-form JSON.
///
/// A default that is not a value of its schema (`SchemaConformance`; reported as a lenient warning), or that
/// cannot be written as a value of the type (an object for a struct), gives nil: the property is then lowered
/// as if it had no default.
extension APIModelBuilder {
    /// The default of a property whose schema is `referable` and whose Swift type is `type`, or nil.
    mutating func defaultValue(for referable: Referable<Schema>, type: TypeRef) -> LiteralValue? {
        guard let value = defaultJSON(referable), value != .null else { return nil }
        // A default that is not a value of the schema was reported by `SchemaValueChecks` and is dropped.
        let lookup = self
        guard SchemaConformance(component: { lookup.componentSchema(named: $0) }).mismatch(value, referable) == nil else { return nil }
        return literal(value, type: type, schema: concrete(referable))
    }

    /// The `default` of the schema, of the decorated reference, or of the referenced component (through any
    /// number of aliases: see `ComponentFacts`).
    private mutating func defaultJSON(_ referable: Referable<Schema>) -> JSONValue? {
        switch ComponentFacts.defaultStep(referable, &counters) {
        case .answer(let value): return value
        case .component(let name): return facts.defaults[name]
        }
    }

    /// `value` as a value of `type`; `schema` is the concrete schema of the type (for enum cases).
    func literal(_ value: JSONValue, type: TypeRef, schema: Schema?) -> LiteralValue? {
        switch (type, value) {
        case (.optional(let wrapped), _):
            return value == .null ? nil : literal(value, type: wrapped, schema: schema)
        case (.string, .string(let string)):
            return .string(string)
        case (.int, .int(let int)), (.int64, .int(let int)):
            return .integer(int)
        case (.int32, .int(let int)):
            return Int32(exactly: int) == nil ? nil : .integer(int)
        case (.int, .double(let double)), (.int64, .double(let double)), (.int32, .double(let double)):
            guard let int = Int(exactly: double), type != .int32 || Int32(exactly: int) != nil else { return nil }
            return .integer(int)
        case (.double, .int(let int)), (.float, .int(let int)):
            return .integer(int)
        case (.double, .double(let double)), (.float, .double(let double)):
            return double.isFinite ? .number(double) : nil
        case (.bool, .bool(let bool)):
            return .bool(bool)
        case (.date, .string(let string)):
            return dateLiteral(string)
        case (.dateTime, .string(let string)):
            return dateTimeLiteral(string)
        case (.data, .string(let string)):
            guard schema?.format == "byte", let data = Data(base64Encoded: string) else { return nil }
            return .bytes(Array(data))
        case (.json, _):
            return .json(value)
        case (.array(let element), .array(let items)):
            let itemSchema = schema?.items.flatMap(concrete)
            let parts = items.map { literal($0, type: element, schema: itemSchema) }
            guard !parts.contains(nil) else { return nil }
            return .array(parts.compactMap { $0 })
        case (.dictionary(let valueType), .object(let object)):
            var valueSchema: Schema?
            if case .schema(let additional) = schema?.additionalProperties { valueSchema = concrete(additional) }
            let parts = object.members.map { member in
                literal(member.value, type: valueType, schema: valueSchema).map { LiteralEntry(key: member.key, value: $0) }
            }
            guard !parts.contains(nil) else { return nil }
            return .dictionary(parts.compactMap { $0 })
        case (.named, _):
            return namedLiteral(value, schema: schema)
        default:
            return nil
        }
    }

    /// An enum case, or a literal of the scalar type a named alias stands for.
    private func namedLiteral(_ value: JSONValue, schema: Schema?) -> LiteralValue? {
        guard let schema, schema.oneOf.isEmpty, schema.anyOf.isEmpty else { return nil }
        if schema.enumValues != nil {
            return enumCases(schema).cases.first { $0.value == value }.map { .enumCase($0.enumCase.name) }
        }
        guard let scalar = FormatMapping.scalar(type: schema.type, format: schema.format) else { return nil }
        return literal(value, type: scalar, schema: schema)
    }

    private func dateLiteral(_ string: String) -> LiteralValue? {
        let parts = string.split(separator: "-", omittingEmptySubsequences: false)
        guard string.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        return .date(year: year, month: month, day: day)
    }

    private func dateTimeLiteral(_ string: String) -> LiteralValue? {
        RFC3339DateTime(string).map { .dateTime(secondsSince1970: $0.secondsSince1970) }
    }
}
