import Foundation

/// Pathological OpenAPI documents of any size, for the scale tests: the shapes that made walks over the schema
/// graph exponential or quadratic. `Scripts/scale-documents.py` writes the same families for the scale report.
enum SyntheticDocuments {
    /// One family of documents; `size` is its main dimension.
    enum Family: CaseIterable, CustomStringConvertible {
        /// `size` schemas in one cycle of `oneOf`s: each is a `oneOf` of the next `width` schemas and an inline
        /// object (the last one's object is nullable, so nullability has to go round the cycle).
        case unionCycle(width: Int)
        /// `size` schemas, each an `allOf` of the next one and an object with one property of its own.
        case allOfChain
        /// `size` schemas, each only a `$ref` to the next; the last is a string enum with a default, which a
        /// property of `Holder` reaches through the whole chain.
        case aliasChain
        /// `size` structs, each with an optional property holding the next one (stored inline unless boxed).
        case propertyChain
        /// One schema referenced `size` times: by 100 properties of each of `size / 100` structs.
        case manyReferences
        /// `size` operations, each with `limit` and `offset` query parameters and a page of items.
        case manyOperations

        static var allCases: [Family] {
            [.unionCycle(width: 2), .unionCycle(width: 5), .allOfChain, .aliasChain, .propertyChain, .manyReferences, .manyOperations]
        }

        var description: String {
            switch self {
            case .unionCycle(let width): return "union cycle of width \(width)"
            case .allOfChain: return "allOf chain"
            case .aliasChain: return "alias chain"
            case .propertyChain: return "property chain"
            case .manyReferences: return "one schema referenced many times"
            case .manyOperations: return "many operations"
            }
        }
    }

    /// The document of `family` at `size`, as JSON.
    static func document(_ family: Family, size: Int) -> Data {
        var schemas: [String: Any] = [:]
        var paths: [String: Any] = [:]
        var root = "S0"
        switch family {
        case .unionCycle(let width):
            for index in 0..<size {
                let variants = (1...width).map { ref("S\((index + $0) % size)") }
                var object: [String: Any] = ["type": "object", "properties": ["value\(index)": ["type": "string"]]]
                if index == size - 1 { object["nullable"] = true }
                schemas["S\(index)"] = ["oneOf": variants + [object]]
            }
        case .allOfChain:
            for index in 0..<size {
                let own: [String: Any] = ["type": "object", "properties": ["field\(index)": ["type": "string"]], "required": ["field\(index)"]]
                schemas["S\(index)"] = index == size - 1 ? own : ["allOf": [ref("S\(index + 1)"), own]]
            }
        case .aliasChain:
            for index in 0..<size - 1 { schemas["S\(index)"] = ref("S\(index + 1)") }
            schemas["S\(size - 1)"] = ["type": "string", "enum": ["on", "off"], "default": "off"]
            schemas["Holder"] = ["type": "object", "properties": ["state": ref("S0")]]
            root = "Holder"
        case .propertyChain:
            for index in 0..<size {
                var properties: [String: Any] = ["name": ["type": "string"]]
                if index < size - 1 { properties["next"] = ref("S\(index + 1)") }
                schemas["S\(index)"] = ["type": "object", "properties": properties]
            }
        case .manyReferences:
            schemas["Target"] = ["type": "object", "properties": ["id": ["type": "string"]]]
            for holder in 0..<max(1, size / 100) {
                let properties = Dictionary(uniqueKeysWithValues: (0..<100).map { ("p\($0)", ref("Target")) })
                schemas["S\(holder)"] = ["type": "object", "properties": properties]
            }
        case .manyOperations:
            schemas["S0"] = ["type": "object", "properties": ["items": ["type": "array", "items": ref("Item")], "total": ["type": "integer"]]]
            schemas["Item"] = ["type": "object", "properties": ["id": ["type": "string"]]]
            for index in 0..<size {
                var get = operation("listItems\(index)", response: ref("S0"))
                get["parameters"] = ["limit", "offset"].map { ["name": $0, "in": "query", "schema": ["type": "integer"]] }
                paths["/items\(index)"] = ["get": get]
            }
        }
        paths["/root"] = ["get": operation("getRoot", response: ref(root))]
        let document: [String: Any] = [
            "openapi": "3.0.3", "info": ["title": "Scale", "version": "1"],
            "paths": paths, "components": ["schemas": schemas],
        ]
        return (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys])) ?? Data()
    }

    private static func ref(_ name: String) -> [String: Any] {
        ["$ref": "#/components/schemas/\(name)"]
    }

    private static func operation(_ id: String, response: [String: Any]) -> [String: Any] {
        ["operationId": id, "responses": ["200": ["description": "OK", "content": ["application/json": ["schema": response]]]]]
    }
}
