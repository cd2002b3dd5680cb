/// A `$ref` as written in the document, with the place it was written.
///
/// See https://spec.openapis.org/oas/v3.0.3#reference-object.
public struct Reference: Hashable, Sendable {
    /// The text of `$ref`, for example `#/components/schemas/Pet`.
    public var raw: String
    /// Where the `$ref` member itself is: `…/schema/$ref`.
    public var pointer: JSONPointer
    /// `description` next to a `$ref` to a parameter, request body or response (OpenAPI 3.1): it replaces the
    /// target's description. Always nil in 3.0 documents and for schema references.
    public var description: String? = nil

    /// Creates a reference.
    public init(raw: String, pointer: JSONPointer) {
        self.raw = raw
        self.pointer = pointer
    }

    /// The target inside this document, when `raw` is a local `#/…` pointer.
    public var localTarget: JSONPointer? {
        raw.hasPrefix("#") ? JSONPointer(fragment: raw) : nil
    }

    /// The component name, when the target is `#/components/<section>/<name>`.
    public func componentName(in section: String) -> String? {
        // The common spelling without escapes, read without building a pointer: lowering asks this for every use of
        // every reference.
        let prefix = "#/components/\(section)/"
        if raw.hasPrefix(prefix) {
            let name = raw.dropFirst(prefix.count)
            if !name.isEmpty, !name.contains(where: { $0 == "/" || $0 == "~" || $0 == "%" }) { return String(name) }
        }
        guard let tokens = localTarget?.tokens, tokens.count == 3, tokens[0] == "components", tokens[1] == section else { return nil }
        return tokens[2]
    }
}

/// Either an inline object or a `$ref` to one, as the OpenAPI document allows in most places.
public indirect enum Referable<Value: Hashable & Sendable>: Hashable, Sendable {
    case reference(Reference)
    case value(Value)
}
