/// Prints string and integer enums that survive values the spec did not list: an unknown raw value
/// decodes into `undocumented(_:)` without throwing and encodes back unchanged.
enum EnumEmitter {
    /// Prints `decl`, whose kind is `enumDecl`.
    static func emit(_ decl: TypeDecl, _ enumDecl: EnumDecl, into writer: inout SwiftWriter) {
        let raw = enumDecl.rawType.swift
        writer.doc(decl.doc)
        writer.declaration("enum \(decl.name): Swift.RawRepresentable, Swift.Codable, Swift.Hashable, Swift.Sendable, Swift.CaseIterable") { w in
            for enumCase in enumDecl.cases {
                w.line("case \(SwiftName.escaped(enumCase.name))")
            }
            w.doc("A value this version of the API did not document, kept exactly as received.")
            w.line("case undocumented(\(raw))")
            w.line()
            w.doc("The documented values.")
            w.declarationLine("static let allCases: [\(decl.name)] = [\(enumDecl.cases.map { "." + $0.name }.joined(separator: ", "))]")
            w.line()
            w.doc("Creates a value from its raw value; an unknown raw value becomes `undocumented`.")
            w.declaration("init(rawValue: \(raw))") { w in
                w.switchBlock("rawValue") { w in
                    for enumCase in enumDecl.cases {
                        w.line("case \(LiteralRenderer.swift(enumCase.rawValue)): self = .\(enumCase.name)")
                    }
                    w.line("default: self = .undocumented(rawValue)")
                }
            }
            w.line()
            w.doc("The value as sent on the wire.")
            w.declaration("var rawValue: \(raw)") { w in
                w.switchBlock("self") { w in
                    for enumCase in enumDecl.cases {
                        w.line("case .\(enumCase.name): return \(LiteralRenderer.swift(enumCase.rawValue))")
                    }
                    w.line("case .undocumented(let value): return value")
                }
            }
            w.line()
            w.declaration("init(from decoder: any Swift.Decoder) throws") { w in
                w.line("self.init(rawValue: try decoder.singleValueContainer().decode(\(raw).self))")
            }
            w.line()
            w.declaration("func encode(to encoder: any Swift.Encoder) throws") { w in
                w.line("var container = encoder.singleValueContainer()")
                w.line("try container.encode(self.rawValue)")
            }
            w.line()
            w.doc("Values are equal when their raw values are.")
            w.declaration("static func == (lhs: \(decl.name), rhs: \(decl.name)) -> Swift.Bool") { w in
                w.line("lhs.rawValue == rhs.rawValue")
            }
            w.line()
            w.declaration("func hash(into hasher: inout Swift.Hasher)") { w in
                w.line("hasher.combine(self.rawValue)")
            }
        }
    }
}
