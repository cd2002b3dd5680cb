/// Reads nodes of the bundled document into `Document` values: the parsers of schemas, operations, parameters and
/// headers are its methods (`SchemaParser.swift`, `OperationParser.swift`, …). The resolver reads the nodes that
/// `$ref`s point at with one too.
///
/// It reads typed members of JSON objects and reports a member of the wrong kind as an error at its
/// pointer, so callers never have to check kinds themselves. Findings go to its `SpecReporter`.
struct NodeParser {
    /// Where findings go, named by the source file of each pointer.
    private(set) var reporter: SpecReporter
    /// Whether the document is OpenAPI 3.1 (JSON Schema 2020-12 schemas); 3.0 documents are read exactly as before.
    var isOpenAPI31: Bool

    /// A parser for the document whose nodes came from the files of `origins`.
    init(origins: OriginMap, isOpenAPI31: Bool = false) {
        reporter = SpecReporter(origins: origins)
        self.isOpenAPI31 = isOpenAPI31
    }

    /// Which file each node came from.
    var origins: OriginMap { reporter.origins }
    /// The findings so far.
    var diagnostics: DiagnosticBag { reporter.diagnostics }

    /// Reports an error at `pointer` (see `SpecReporter.error`).
    mutating func error(_ message: String, at pointer: JSONPointer) {
        reporter.error(message, at: pointer)
    }

    /// Reports a warning at `pointer`.
    mutating func warning(_ message: String, at pointer: JSONPointer) {
        reporter.warning(message, at: pointer)
    }

    /// Reports a mistake with one sensible reading: a warning `problem; assumed` (an error in strict mode).
    mutating func lenient(_ kind: Leniency, _ problem: String, assumed: String, at pointer: JSONPointer) {
        reporter.lenient(kind, problem, assumed: assumed, at: pointer)
    }

    /// `object[key]` as a string; an error if it is there but not a string.
    mutating func string(_ object: JSONObject, _ key: String, at pointer: JSONPointer) -> String? {
        guard let value = object[key] else { return nil }
        if case .string(let string) = value { return string }
        if value == .null, Self.proseKeys.contains(key) {
            warning("'\(key)' is null; expected a string (ignored)", at: pointer.appending(key))
            return nil
        }
        error("'\(key)' is \(value.kindDescription); expected a string", at: pointer.appending(key))
        return nil
    }

    /// Members that only carry text for people: a null there loses nothing, so it is a warning, not an error.
    static let proseKeys: Set<String> = ["description", "summary", "title"]

    /// `object[key]` as a boolean; an error if it is there but not a boolean.
    mutating func bool(_ object: JSONObject, _ key: String, at pointer: JSONPointer) -> Bool? {
        guard let value = object[key] else { return nil }
        if case .bool(let bool) = value { return bool }
        error("'\(key)' is \(value.kindDescription); expected true or false", at: pointer.appending(key))
        return nil
    }

    /// `object[key]` as an object; an error if it is there but not an object.
    mutating func object(_ object: JSONObject, _ key: String, at pointer: JSONPointer) -> JSONObject? {
        guard let value = object[key] else { return nil }
        if case .object(let inner) = value { return inner }
        error("'\(key)' is \(value.kindDescription); expected an object", at: pointer.appending(key))
        return nil
    }

    /// `object[key]` as an array; an error if it is there but not an array.
    mutating func array(_ object: JSONObject, _ key: String, at pointer: JSONPointer) -> [JSONValue]? {
        guard let value = object[key] else { return nil }
        if case .array(let array) = value { return array }
        error("'\(key)' is \(value.kindDescription); expected an array", at: pointer.appending(key))
        return nil
    }

    /// `value` as an object; an error naming `what` if it is not one.
    mutating func expectObject(_ value: JSONValue, _ what: String, at pointer: JSONPointer) -> JSONObject? {
        if case .object(let object) = value { return object }
        error("\(what) is \(value.kindDescription); expected an object", at: pointer)
        return nil
    }

    /// The `$ref` of `object`, if it is a Reference Object; an error if `$ref` is not a string.
    mutating func reference(_ object: JSONObject, at pointer: JSONPointer) -> Reference? {
        guard object["$ref"] != nil else { return nil }
        guard let raw = string(object, "$ref", at: pointer) else { return nil }
        return Reference(raw: raw, pointer: pointer.appending("$ref"))
    }
}
