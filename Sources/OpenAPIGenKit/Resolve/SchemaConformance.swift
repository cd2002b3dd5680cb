#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Whether a literal written in the document (a `default` or an `example`) is a value of its schema, as the
/// generated Swift type sees it (https://spec.openapis.org/oas/v3.0.3#schema-object).
///
/// Checked: the JSON kind `type` asks for (an integer may be written `2.0`), `int32` range, `nullable` (a property
/// that is not required may be `null`, as its Swift type is optional), `enum` membership, the `date`, `date-time`
/// and `byte` string formats, array items, object properties and their `required` keys. Not looked into: `oneOf`/`anyOf` (any value is accepted there) and constraints that do not
/// change the Swift type (`minimum`, `pattern`, …). The walk follows the value, so it ends with it; chains of
/// references are followed with marking.
struct SchemaConformance {
    /// The normalized schema of a component, by name.
    let component: (String) -> Referable<Schema>?

    /// Nil when `value` fits `referable`; otherwise why not (`expected an integer, found "ten" at 'items[0]'`).
    func mismatch(_ value: JSONValue, _ referable: Referable<Schema>) -> String? {
        mismatch(value, referable, path: "")
    }

    private func mismatch(_ value: JSONValue, _ referable: Referable<Schema>, path: String) -> String? {
        guard let (schema, nullable) = concrete(referable) else { return nil }
        func fail(_ expected: String) -> String {
            "expected \(expected), found \(Self.describe(value))" + (path.isEmpty ? "" : " at '\(path)'")
        }
        if value == .null {
            let allowed = nullable || schema.isUnconstrained || schema.enumValues?.contains(.null) == true
            return allowed ? nil : fail("a value (the schema is not nullable)")
        }
        if let values = schema.enumValues, !values.contains(value) {
            return fail("one of the enum values")
        }
        switch schema.type {
        case "string":
            guard case .string(let string) = value else { return fail("a string") }
            switch schema.format {
            case "date" where !Self.isDate(string): return fail("a date (YYYY-MM-DD)")
            case "date-time" where !Self.isDateTime(string): return fail("an RFC 3339 date-time")
            case "byte" where Data(base64Encoded: string) == nil: return fail("base64 text")
            default: return nil
            }
        case "integer":
            let integer: Int?
            switch value {
            case .int(let int): integer = int
            case .double(let double): integer = Int(exactly: double)
            default: integer = nil
            }
            guard let integer else {
                if case .double(let double) = value, double.rounded() == double { return fail("an integer that fits in 64 bits") }
                return fail("an integer")
            }
            return schema.format == "int32" && Int32(exactly: integer) == nil ? fail("an integer in the int32 range") : nil
        case "number":
            switch value {
            case .int, .double: return nil
            default: return fail("a number")
            }
        case "boolean":
            guard case .bool = value else { return fail("true or false") }
            return nil
        case "array":
            guard case .array(let items) = value else { return fail("an array") }
            guard let itemSchema = schema.items else { return nil }
            for (index, item) in items.enumerated() {
                if let reason = mismatch(item, itemSchema, path: "\(path)[\(index)]") { return reason }
            }
            return nil
        case "object":
            return objectMismatch(value, schema, path: path, fail: fail)
        default:
            return schema.properties.isEmpty ? nil : objectMismatch(value, schema, path: path, fail: fail)
        }
    }

    private func objectMismatch(_ value: JSONValue, _ schema: Schema, path: String, fail: (String) -> String) -> String? {
        guard case .object(let object) = value else { return fail("an object") }
        guard schema.oneOf.isEmpty, schema.anyOf.isEmpty else { return nil }
        for name in schema.required where object[name] == nil && schema.properties.contains(where: { $0.name == name }) {
            return "the required property '\(name)' is missing" + (path.isEmpty ? "" : " at '\(path)'")
        }
        for (key, member) in object.members {
            let memberPath = path.isEmpty ? key : "\(path).\(key)"
            if let property = schema.properties.first(where: { $0.name == key }) {
                // A property that is not required is optional in Swift, so `null` decodes as nil.
                if member == .null, !schema.required.contains(key) { continue }
                if let reason = mismatch(member, property.schema, path: memberPath) { return reason }
            } else if case .schema(let additional) = schema.additionalProperties {
                if let reason = mismatch(member, additional, path: memberPath) { return reason }
            }
        }
        return nil
    }

    /// The schema behind references and `allOf: [$ref]` decorators, and whether any of them is nullable; nil for
    /// a loop or a missing component (nothing is claimed then).
    private func concrete(_ referable: Referable<Schema>) -> (schema: Schema, nullable: Bool)? {
        var current = referable
        var nullable = false
        var seen: Set<String> = []
        while true {
            switch current {
            case .reference(let reference):
                guard let name = reference.componentName(in: "schemas"), seen.insert(name).inserted, let target = component(name) else { return nil }
                current = target
            case .value(let schema):
                nullable = nullable || schema.nullable
                guard schema.allOf.count == 1, schema.properties.isEmpty, case .reference = schema.allOf[0] else { return (schema, nullable) }
                current = schema.allOf[0]
            }
        }
    }

    /// A short description of `value` for a message: scalars as written (long strings abbreviated), else the kind.
    static func describe(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let bool): return String(bool)
        case .int(let int): return String(int)
        case .double(let double): return String(double)
        case .string(let string): return SwiftLiteral.string(Diagnostic.abbreviated(string, limit: 40))
        case .array, .object: return value.kindDescription
        }
    }

    /// `YYYY-MM-DD` with a month of 1–12 and a day of 1–31, as `OpenAPIDate` decodes it.
    static func isDate(_ string: String) -> Bool {
        let parts = string.split(separator: "-", omittingEmptySubsequences: false)
        guard string.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              Int(parts[0]) != nil, let month = Int(parts[1]), let day = Int(parts[2]) else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }

    /// An RFC 3339 date-time that the generated client's decoder reads (see `RFC3339DateTime`).
    static func isDateTime(_ string: String) -> Bool {
        RFC3339DateTime(string) != nil
    }
}
