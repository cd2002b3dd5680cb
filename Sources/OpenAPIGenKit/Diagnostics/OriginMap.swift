/// Tells which source file, and which place in it, a node of the bundled and merged document came from.
///
/// When several files of one `specs/<Name>/` folder are merged, each path operation and each component
/// remembers its file. When an external `$ref` is bundled, the node that replaced it remembers the file
/// and pointer of its target. Lookups walk up from a node to the nearest recorded ancestor and append the
/// remaining tokens, so a diagnostic names the right file and a pointer that is valid inside it.
public struct OriginMap: Hashable, Sendable {
    /// The file used when no ancestor is recorded: the first file of the API.
    public var defaultFile: String
    private var entries: [JSONPointer: Origin] = [:]

    /// A file and a pointer inside it.
    public struct Origin: Hashable, Sendable {
        /// The file's display path.
        public var file: String
        /// The pointer inside that file.
        public var pointer: JSONPointer
    }

    /// Creates a map whose every node comes from `defaultFile` at the same pointer.
    public init(defaultFile: String) {
        self.defaultFile = defaultFile
    }

    /// Records that `pointer` (and everything under it) came from `file` at `sourcePointer`
    /// (by default the same pointer), unless already recorded.
    public mutating func record(_ pointer: JSONPointer, file: String, sourcePointer: JSONPointer? = nil) {
        if entries[pointer] == nil { entries[pointer] = Origin(file: file, pointer: sourcePointer ?? pointer) }
    }

    /// Adds every entry of `other` that is not recorded here yet.
    public mutating func merge(_ other: OriginMap) {
        for (pointer, origin) in other.entries where entries[pointer] == nil { entries[pointer] = origin }
    }

    /// The file the node at `pointer` came from.
    public func file(for pointer: JSONPointer) -> String {
        origin(of: pointer).file
    }

    /// The file and the pointer inside it of the node at `pointer`.
    public func origin(of pointer: JSONPointer) -> Origin {
        var tokens = pointer.tokens
        var suffix: [String] = []
        while true {
            if let origin = entries[JSONPointer(tokens)] {
                return Origin(file: origin.file, pointer: JSONPointer(origin.pointer.tokens + suffix.reversed()))
            }
            guard let last = tokens.popLast() else { return Origin(file: defaultFile, pointer: pointer) }
            suffix.append(last)
        }
    }
}
