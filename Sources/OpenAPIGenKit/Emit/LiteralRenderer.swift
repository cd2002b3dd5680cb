/// Spells the model's values (`LiteralValue`, `JSONValue`) as Swift expressions: the one place where a default
/// value or an enum raw value becomes Swift text.
enum LiteralRenderer {
    /// `value` as a Swift expression of the type it was lowered for.
    static func swift(_ value: LiteralValue) -> String {
        switch value {
        case .string(let string): return SwiftLiteral.string(string)
        case .integer(let int): return String(int)
        case .number(let double): return String(double)
        case .bool(let bool): return String(bool)
        case .date(let year, let month, let day): return "OpenAPIDate(year: \(year), month: \(month), day: \(day))"
        case .dateTime(let seconds): return "Foundation.Date(timeIntervalSince1970: \(seconds))"
        case .bytes(let bytes): return "Foundation.Data([" + bytes.map { String($0) }.joined(separator: ", ") + "])"
        case .array(let items): return "[" + items.map(swift).joined(separator: ", ") + "]"
        case .dictionary(let entries):
            guard !entries.isEmpty else { return "[:]" }
            return "[" + entries.map { SwiftLiteral.string($0.key) + ": " + swift($0.value) }.joined(separator: ", ") + "]"
        case .enumCase(let name): return "." + name
        case .json(let json): return swift(json: json)
        }
    }

    /// `value` as a Swift expression of the generated `JSONValue` type: `.object(["a": .integer(1)])`.
    static func swift(json value: JSONValue) -> String {
        switch value {
        case .null: return ".null"
        case .bool(let bool): return ".bool(\(bool))"
        case .int(let int): return ".integer(\(int))"
        case .double(let double): return double.isFinite ? ".number(\(double))" : ".null"
        case .string(let string): return ".string(\(SwiftLiteral.string(string)))"
        case .array(let items): return ".array([" + items.map { swift(json: $0) }.joined(separator: ", ") + "])"
        case .object(let object):
            let members = object.members.map { SwiftLiteral.string($0.key) + ": " + swift(json: $0.value) }
            return ".object(" + (members.isEmpty ? "[:]" : "[" + members.joined(separator: ", ") + "]") + ")"
        }
    }
}
