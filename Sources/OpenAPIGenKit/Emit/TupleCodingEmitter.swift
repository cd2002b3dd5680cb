/// Prints `init(from:)` and `encode(to:)` of a tuple struct (`prefixItems`), which is a JSON array: one element
/// per position in order, then the `rest` elements.
///
/// Decoding: a required position must be there (it may be `null` when its type is optional); an optional position
/// is nil when the array ends before it. Encoding writes every required position and the optional ones up to the
/// last one that is set (earlier unset ones as `null`, so that positions keep their meaning), or all of them when
/// `rest` is not empty.
enum TupleCodingEmitter {
    /// Prints the coding code of a tuple struct with `properties`, after an empty line.
    static func emit(_ properties: [Property], into writer: inout SwiftWriter) {
        let positions = properties.filter { !$0.jsonKey.isEmpty }
        let rest = properties.first { $0.jsonKey.isEmpty }
        writer.line()
        writer.doc("Decodes the JSON array: one element per position, in order\(rest == nil ? "" : ", then the rest").")
        writer.declaration("init(from decoder: any Swift.Decoder) throws") { w in
            w.line("var container = try decoder.unkeyedContainer()")
            for property in positions {
                let target = "self.\(property.storedName)"
                if property.isRequired {
                    w.line("\(target) = try container.decode(\(PropertyEmitter.storageType(property, optional: true)).self)")
                } else {
                    w.line("\(target) = container.isAtEnd ? nil : try container.decodeIfPresent(\(PropertyEmitter.storageType(property, optional: false)).self)")
                }
            }
            if let rest, case .array(let element) = rest.type {
                w.line("var rest: \(rest.type.swift) = []")
                w.block("while !container.isAtEnd") { w in
                    w.line("rest.append(try container.decode(\(element.swift).self))")
                }
                w.line("self.\(rest.storedName) = rest")
            }
        }
        writer.line()
        writer.doc("Encodes the value as a JSON array; unset optional positions at the end are left out.")
        writer.declaration("func encode(to encoder: any Swift.Encoder) throws") { w in
            w.line("var container = encoder.unkeyedContainer()")
            let optional = positions.filter { !$0.isRequired }
            if !optional.isEmpty {
                w.line("let present = [\(optional.map { "self.\($0.storedName) != nil" }.joined(separator: ", "))]")
                let used = "present.lastIndex(of: true).map { $0 + 1 } ?? 0"
                w.line("let written = " + (rest.map { "self.\($0.storedName).isEmpty ? \(used) : present.count" } ?? used))
            }
            var optionalIndex = 0
            for property in positions {
                if property.isRequired {
                    w.line("try container.encode(self.\(property.storedName))")
                } else {
                    w.line("if written > \(optionalIndex) { try container.encode(self.\(property.storedName)) }")
                    optionalIndex += 1
                }
            }
            if let rest {
                w.block("for element in self.\(rest.storedName)") { w in
                    w.line("try container.encode(element)")
                }
            }
        }
    }
}
