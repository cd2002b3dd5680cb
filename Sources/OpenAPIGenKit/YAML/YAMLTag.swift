/// The tags openapi-gen reads (https://yaml.org/spec/1.2.2/#103-core-schema): the core schema's, written as
/// `!!str` or `!<tag:yaml.org,2002:str>`, and the non-specific `!` (the node is a string, map or sequence as
/// written). Every other tag is refused.
enum YAMLTag: Equatable, Sendable {
    case str, int, float, bool, null, map, seq, nonSpecific

    /// The tag written as `text` (`!!int`, `!<tag:yaml.org,2002:int>`, `!`); nil for any other tag.
    init?(_ text: String) {
        if text == "!" {
            self = .nonSpecific
            return
        }
        let name: Substring
        if text.hasPrefix("!!") {
            name = text.dropFirst(2)
        } else if text.hasPrefix("!<tag:yaml.org,2002:"), text.hasSuffix(">") {
            name = text.dropFirst("!<tag:yaml.org,2002:".count).dropLast()
        } else {
            return nil
        }
        switch name {
        case "str": self = .str
        case "int": self = .int
        case "float": self = .float
        case "bool": self = .bool
        case "null": self = .null
        case "map": self = .map
        case "seq": self = .seq
        default: return nil
        }
    }

    /// `!!int`, for messages.
    var name: String {
        switch self {
        case .str: return "!!str"
        case .int: return "!!int"
        case .float: return "!!float"
        case .bool: return "!!bool"
        case .null: return "!!null"
        case .map: return "!!map"
        case .seq: return "!!seq"
        case .nonSpecific: return "!"
        }
    }
}
