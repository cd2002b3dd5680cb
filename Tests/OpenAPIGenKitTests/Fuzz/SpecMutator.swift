import Foundation
@testable import OpenAPIGenKit

/// The mutations a fuzz case applies to one document.
extension SpecFuzz {
    /// One way to damage a document: its bytes (flipped, cut short), its lines (YAML-minded edits: tabs,
    /// indentation, repeated lines, anchors, aliases, tags, a second document, an alias bomb) or, through its
    /// parsed tree, a value swapped for another kind, a `$ref` rewritten, a required member deleted, a key
    /// renamed, a string swapped or a node nested deeply. A YAML document's tree is written back as YAML, in
    /// block or flow style.
    enum Mutation: String, CaseIterable {
        case byteFlip, truncation, lineEdit, typeSwap, refRewrite, requiredDeletion, keyRename, stringSwap, nesting

        func apply(to data: inout Data, tree: inout JSONValue?, yaml: Bool, random: inout SplitMix64) {
            switch self {
            case .byteFlip:
                guard !data.isEmpty else { return }
                for _ in 0..<(1 + random.below(8)) {
                    let index = data.startIndex + random.below(data.count)
                    data[index] ^= UInt8(1 << random.below(8))
                }
                tree = nil
            case .truncation:
                data = data.prefix(random.below(data.count + 1))
                tree = nil
            case .lineEdit:
                data = Self.editLines(data, random: &random)
                tree = nil
            case .typeSwap, .refRewrite, .requiredDeletion, .keyRename, .stringSwap, .nesting:
                guard var value = tree ?? SpecFuzz.parse(data, yaml: yaml) else {
                    // Text that is no longer a document: cut it somewhere instead.
                    data = data.prefix(random.below(data.count + 1))
                    return
                }
                mutateTree(&value, random: &random)
                tree = value
                if yaml {
                    data = Data(YAMLWriter.text(value, style: random.below(3) == 0 ? .flow : .block).utf8)
                } else {
                    data = Data(JSONText.serialize(value).utf8)
                }
            }
        }

        /// One edit of one line: a tab or spaces in its indentation, the line repeated, deleted or cut at its `:`,
        /// an anchor, alias or tag after its `: `, a `---` before it, or an alias bomb appended to the text.
        static func editLines(_ data: Data, random: inout SplitMix64) -> Data {
            var lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard !lines.isEmpty else { return data }
            let index = random.below(lines.count)
            let line = lines[index]
            switch random.below(9) {
            case 0: lines[index] = "\t" + line
            case 1: lines[index] = String(repeating: " ", count: 1 + random.below(3)) + line
            case 2: lines[index] = String(line.dropFirst(min(line.prefix { $0 == " " }.count, 1 + random.below(3))))
            case 3: lines.insert(line, at: index)
            case 4: lines.remove(at: index)
            case 5:
                let additions = ["&a ", "*a ", "*missing ", "!!int ", "!!str ", "!custom ", "|\n", ">-\n", "[", "{", "\"", "'", "? ", "- ", "<< "]
                let addition = additions[random.below(additions.count)]
                lines[index] = line.contains(": ") ? line.replacingOccurrences(of: ": ", with: ": " + addition, options: [], range: line.range(of: ": ")) : addition + line
            case 6: lines.insert("---", at: index)
            case 7: lines[index] = line.replacingOccurrences(of: ":", with: "")
            default:
                lines.append("x-lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]")
                for level in 1...9 {
                    lines.append("x-lol\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]")
                }
            }
            return Data(lines.joined(separator: "\n").utf8)
        }

        private func mutateTree(_ value: inout JSONValue, random: inout SplitMix64) {
            let nodes = JSONTree.pointers(in: value)
            switch self {
            case .typeSwap:
                let pointer = nodes[random.below(nodes.count)]
                let kinds: [JSONValue] = [.null, .bool(true), .int(42), .int(-1), .double(1.5), .string("x"), .array([]), .object(JSONObject()), .array([.string("x")]), .object(JSONObject(["a": .int(1)]))]
                let current = value.value(at: pointer)
                let others = kinds.filter { $0.kindDescription != current?.kindDescription }
                JSONTree.set(&value, at: pointer, to: others[random.below(others.count)])
            case .refRewrite:
                let refs = nodes.filter { $0.tokens.last == "$ref" }
                let objects = nodes.filter { value.value(at: $0)?.objectValue != nil }
                let pointer: JSONPointer
                if !refs.isEmpty, random.below(4) != 0 {
                    pointer = refs[random.below(refs.count)]
                } else if let object = objects.isEmpty ? nil : objects[random.below(objects.count)] {
                    pointer = object.appending("$ref")
                } else {
                    return
                }
                let owner = pointer.parent ?? .root
                let targets = [
                    "#/components/schemas/DoesNotExist", owner.description, "#", "#/paths", "", "../x.json", "../../etc/passwd#/a",
                    "https://example.com/schemas.json#/components/schemas/A", "http://127.0.0.1:1/x.json", "other.json#/components/schemas/A",
                    "clusters.json#/components/schemas/ClusterResponse", "#/components/schemas/%ZZ", "#/components/schemas/a~2b", "//evil",
                    "file:///etc/passwd", "#/components/schemas/" + String(repeating: "A", count: 5_000),
                ]
                JSONTree.set(&value, at: pointer, to: .string(targets[random.below(targets.count)]))
            case .requiredDeletion:
                let required: Set<String> = ["openapi", "info", "paths", "responses", "name", "in", "schema", "type", "items", "title", "version", "content", "schemas", "components", "properties", "required", "$ref", "url"]
                let members = nodes.filter { required.contains($0.tokens.last ?? "") && $0.parent.flatMap { value.value(at: $0)?.objectValue } != nil }
                let candidates = members.isEmpty ? nodes.filter { !$0.tokens.isEmpty } : members
                guard !candidates.isEmpty else { return }
                JSONTree.remove(&value, at: candidates[random.below(candidates.count)])
            case .keyRename:
                let members = nodes.filter { $0.parent.flatMap { value.value(at: $0)?.objectValue } != nil }
                guard !members.isEmpty else { return }
                let pointer = members[random.below(members.count)]
                let names = ["", "{id}", "/a/{", "/a/{b}/{b}", "class", "Type", "self", "123", "a b", "ü", "😀", "x-", "get", "$ref", "~1", "../admin", "\u{0}", "\\", String(repeating: "k", count: 3_000)]
                JSONTree.rename(&value, at: pointer, to: names[random.below(names.count)])
            case .stringSwap:
                let strings = nodes.filter { value.value(at: $0)?.stringValue != nil }
                guard !strings.isEmpty else { return }
                let texts = ["", " ", "{", "}", "{id}", "../admin", "\r\nX-Evil: 1", "\u{0}", "😀", "3.1.0", "2.0", "object", "array", "date-time", "int32", "#/components/schemas", String(repeating: "é", count: 2_000)]
                JSONTree.set(&value, at: strings[random.below(strings.count)], to: .string(texts[random.below(texts.count)]))
            case .nesting:
                // Wrap a node in 100 to 700 arrays or objects: beyond the depth limit, or deep schemas within it.
                let pointer = nodes[random.below(nodes.count)]
                guard var node = value.value(at: pointer) else { return }
                let useObjects = random.below(2) == 0
                for _ in 0..<(100 + random.below(601)) {
                    node = useObjects ? .object(JSONObject(["items": node])) : .array([node])
                }
                JSONTree.set(&value, at: pointer, to: node)
            default:
                break
            }
        }
    }
}

/// SplitMix64: a small, fast, seedable generator, so the cases are the same on every run and platform.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (0 when `bound` is 0).
    mutating func below(_ bound: Int) -> Int {
        bound <= 0 ? 0 : Int(next() % UInt64(bound))
    }
}
