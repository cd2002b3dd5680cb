/// A JSON value as the generator sees it, after `JSONLoader` converted Foundation's output exactly once.
///
/// Object members are kept in a `JSONObject`, which iterates its keys in sorted order, so no later stage
/// can observe Foundation's hash-seeded dictionary order.
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

/// A JSON object whose keys iterate in sorted order.
public struct JSONObject: Hashable, Sendable {
    /// The keys, sorted by their Unicode scalar order.
    public private(set) var keys: [String]
    private var storage: [String: JSONValue]

    /// Creates an object from unordered members; keys are sorted once here.
    public init(_ members: [String: JSONValue] = [:]) {
        self.storage = members
        self.keys = members.keys.sorted()
    }

    /// The value for `key`, if present.
    public subscript(key: String) -> JSONValue? {
        storage[key]
    }

    /// The members in key order.
    public var members: [(key: String, value: JSONValue)] {
        keys.compactMap { key in storage[key].map { (key, $0) } }
    }

    /// Whether the object has no members.
    public var isEmpty: Bool { keys.isEmpty }

    /// Sets or replaces a member, keeping the key order sorted. Keys set in order (as merging and bundling do,
    /// walking other objects' members) are appended; others are placed by binary search.
    public mutating func set(_ key: String, _ value: JSONValue) {
        guard storage.updateValue(value, forKey: key) == nil else { return }
        guard let last = keys.last, last > key else {
            keys.append(key)
            return
        }
        var low = 0, high = keys.count  // keys before `low` are not greater than `key`; keys from `high` on are
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] > key { high = middle } else { low = middle + 1 }
        }
        keys.insert(key, at: low)
    }
}
