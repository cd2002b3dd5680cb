/// A JSON value as the generator sees it, as `JSONLoader` or `YAMLLoader` read it.
///
/// Object members are kept in a `JSONObject`, which iterates its members in document order.
public indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// The object, when this value is one.
    public var objectValue: JSONObject? {
        if case .object(let object) = self { return object }
        return nil
    }

    /// The string, when this value is one.
    public var stringValue: String? {
        if case .string(let string) = self { return string }
        return nil
    }

    /// The array, when this value is one.
    public var arrayValue: [JSONValue]? {
        if case .array(let array) = self { return array }
        return nil
    }

    /// A short name of the JSON kind, for diagnostics ("an object", "a string", …).
    public var kindDescription: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .int, .double: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    /// The value at `pointer`, or nil when a token does not exist.
    public func value(at pointer: JSONPointer) -> JSONValue? {
        var current = self
        for token in pointer.tokens {
            switch current {
            case .object(let object):
                guard let next = object[token] else { return nil }
                current = next
            case .array(let array):
                guard let index = Int(token), array.indices.contains(index) else { return nil }
                current = array[index]
            default:
                return nil
            }
        }
        return current
    }
}

/// A JSON object whose members keep the order of the document they were read from.
///
/// The order is what the API's authors wrote (`petType, name, indoor`), so generated declarations can follow it;
/// it is as deterministic as sorting was, since a reader sees the same text every time. An object with more than
/// `indexedFrom - 1` members looks keys up through a dictionary of positions, so reading, looking up and setting a
/// member are each O(1) on average; a smaller one (most objects of a document) compares its few keys in turn and
/// allocates no dictionary, which is a sixth of a large document's memory.
///
/// Two objects are equal when they have the same members, in any order: that is what a JSON object means, and
/// merging fragments that repeat a component with its keys in another order must not see a conflict.
public struct JSONObject: Hashable, Sendable {
    /// The keys, in document order (the order they were first set in).
    public private(set) var keys: [String]
    private var values: [JSONValue]
    /// Key → position in `keys` and `values`; empty (no storage) until the object has `indexedFrom` members.
    private var positions: [String: Int]
    /// The number of members from which keys are looked up through `positions`.
    static let indexedFrom = 9

    /// An empty object.
    public init() {
        keys = []
        values = []
        positions = [:]
    }

    /// An object with `members` in the order given; a repeated key keeps its first position and its last value.
    public init(_ members: KeyValuePairs<String, JSONValue>) {
        self.init()
        for (key, value) in members { set(key, value) }
    }

    /// An object with `members` in the order given; a repeated key keeps its first position and its last value.
    public init(orderedMembers members: some Sequence<(key: String, value: JSONValue)>) {
        self.init()
        for (key, value) in members { set(key, value) }
    }

    /// The value for `key`, if present.
    public subscript(key: String) -> JSONValue? {
        position(of: key).map { values[$0] }
    }

    /// Where `key` is in `keys`, if present.
    private func position(of key: String) -> Int? {
        keys.count < Self.indexedFrom ? keys.firstIndex(of: key) : positions[key]
    }

    /// The members in document order.
    public var members: [(key: String, value: JSONValue)] {
        Array(zip(keys, values))
    }

    /// The number of members.
    public var count: Int { keys.count }

    /// Whether the object has no members.
    public var isEmpty: Bool { keys.isEmpty }

    /// Sets or replaces a member: a new key is appended after the others; a key already present keeps its place.
    public mutating func set(_ key: String, _ value: JSONValue) {
        if let position = position(of: key) {
            values[position] = value
            return
        }
        keys.append(key)
        values.append(value)
        if keys.count == Self.indexedFrom {
            positions = Dictionary(uniqueKeysWithValues: zip(keys, keys.indices))
        } else if keys.count > Self.indexedFrom {
            positions[key] = keys.count - 1
        }
    }

    /// The same members, whatever their order.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.keys.count == rhs.keys.count else { return false }
        for (key, value) in zip(lhs.keys, lhs.values) where rhs[key] != value { return false }
        return true
    }

    /// Hashes the members independently of their order, agreeing with `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(keys.count)
        var sum = 0
        for (key, value) in zip(keys, values) {
            var member = Hasher()
            member.combine(key)
            member.combine(value)
            sum &+= member.finalize()
        }
        hasher.combine(sum)
    }
}
