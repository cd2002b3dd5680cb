/// Collects the positions of wanted JSON pointers while `YAMLParser` reads a document: a mapping member at its
/// key, a sequence item at its first character. Only the pointers on the way to a wanted one are built.
struct YAMLPositionRecorder {
    /// The wanted pointers and all their ancestors.
    private let prefixes: Set<JSONPointer>
    /// The positions found so far.
    private(set) var found: [JSONPointer: JSONPosition] = [:]

    /// A recorder for `pointers` (and their ancestors, so the nearest one can stand in for a missing node).
    init(wanted pointers: Set<JSONPointer>) {
        var prefixes: Set<JSONPointer> = []
        for pointer in pointers {
            var current: JSONPointer? = pointer
            while let node = current, prefixes.insert(node).inserted { current = node.parent }
        }
        self.prefixes = prefixes
    }

    /// Whether `pointer` is wanted or lies on the way to a wanted pointer.
    func isTracked(_ pointer: JSONPointer) -> Bool {
        prefixes.contains(pointer)
    }

    /// Notes where `pointer` begins, the first time, when it is tracked.
    mutating func record(_ pointer: JSONPointer, at mark: YAMLMark) {
        if prefixes.contains(pointer), found[pointer] == nil { found[pointer] = mark.position }
    }
}
