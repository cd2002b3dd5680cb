/// YAML 1.1 merge keys (https://yaml.org/type/merge.html), which many hand-written API descriptions use to share
/// members: `<<: *base` copies the members of the mapping `*base` into the mapping that holds the key, and
/// `<<: [*a, *b]` those of several (earlier ones first). Members written in the mapping itself win over merged
/// ones, wherever the `<<` stands. Only a plain `<<` merges; `'<<'` and `"<<"` are ordinary keys.
///
/// Merging copies members the alias already counted against the expansion limit, so it cannot grow a document
/// beyond what the aliases alone would.
struct YAMLMerges {
    private var sources: [JSONObject] = []
    private var firstMark: YAMLMark?

    /// Takes the value of a `<<` key: a mapping, or a sequence of mappings.
    mutating func add(_ value: JSONValue, at mark: YAMLMark, parser: YAMLParser) throws(YAMLError) {
        if let firstMark {
            throw parser.error("the merge key '<<' appears twice in one mapping (first at \(firstMark.description)); list several mappings as '<<: [*a, *b]'", at: mark)
        }
        firstMark = mark
        switch value {
        case .object(let object):
            sources = [object]
        case .array(let items):
            for item in items {
                guard let object = item.objectValue else { throw Self.notAMapping(item, at: mark, parser: parser) }
                sources.append(object)
            }
        default:
            throw Self.notAMapping(value, at: mark, parser: parser)
        }
    }

    /// Adds the merged members that `members` does not already have, after its own, in the merged mappings' order.
    func apply(to members: inout JSONObject) {
        for source in sources {
            for (key, value) in source.members where members[key] == nil {
                members.set(key, value)
            }
        }
    }

    private static func notAMapping(_ value: JSONValue, at mark: YAMLMark, parser: YAMLParser) -> YAMLError {
        parser.error("a '<<' merge key needs a mapping or a list of mappings (usually an alias, '<<: *base'), not \(value.kindDescription); quote '<<' to mean the text", at: mark)
    }
}

extension YAMLParser {
    /// A merge key where openapi-gen does not merge: as an explicit key (`? <<`) or in a single-pair mapping inside
    /// a flow sequence (`[<<: *a]`).
    func mergeKeyMisplaced(at mark: YAMLMark) -> YAMLError {
        error("a '<<' merge key is read only as 'key: value' in a block or flow mapping; write '<<: *base' there, or quote '<<' to mean the text", at: mark, kind: .unsupported)
    }
}
