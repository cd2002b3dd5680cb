/// The Swift case names of an enum's values: a function of the values and whether the enum is an integer enum
/// alone, so `APIModelBuilder` names each distinct list once however often a document repeats it.
///
/// A repeated value gets no second case; `null` gets none (nullability is the property's); a value of the wrong
/// kind is `rejected`. Names avoid each other and the members every generated enum has.
struct EnumCaseNames {
    /// What the names depend on.
    struct Key: Hashable {
        let values: [JSONValue]
        let isInteger: Bool
    }

    /// One case: its value's index in `enum`, the value, its raw value and its Swift name (unescaped).
    struct NamedCase {
        let index: Int
        let value: JSONValue
        let rawValue: LiteralValue
        let name: String
    }

    let cases: [NamedCase]
    let isInteger: Bool
    /// The indices of values of the wrong kind.
    let rejected: [Int]

    /// Names the cases of `key.values`.
    init(_ key: Key) {
        self.init(values: key.values, isInteger: key.isInteger)
    }

    /// Names the cases of `values`.
    init(values: [JSONValue], isInteger: Bool) {
        var taken: NameSet = ["undocumented", "rawValue", "allCases", "init", "encode", "hash"]
        var cases: [NamedCase] = []
        var rejected: [Int] = []
        var seen: Set<JSONValue> = []
        for (index, value) in values.enumerated() where seen.insert(value).inserted {
            switch (value, isInteger) {
            case (.null, _):
                continue
            case (.string(let string), false):
                cases.append(NamedCase(index: index, value: value, rawValue: .string(string), name: SwiftName.unique(SwiftName.memberName(string), in: &taken)))
            case (.int(let int), true):
                let name = int < 0 ? "negative\(-int)" : "_\(int)"
                cases.append(NamedCase(index: index, value: value, rawValue: .integer(int), name: SwiftName.unique(name, in: &taken)))
            default:
                rejected.append(index)
            }
        }
        self.cases = cases
        self.isInteger = isInteger
        self.rejected = rejected
    }
}
