/// Tells which source file a node of the (possibly merged) document came from.
///
/// When several files of one `specs/<Name>/` folder are merged, each path operation and each component
/// remembers its file. Lookups walk up from the node to the nearest recorded ancestor.
public struct OriginMap: Hashable, Sendable {
    /// The file used when no ancestor is recorded: the first file of the API.
    public var defaultFile: String
    private var files: [JSONPointer: String] = [:]

    /// Creates a map whose every node comes from `defaultFile`.
    public init(defaultFile: String) {
        self.defaultFile = defaultFile
    }

    /// Records that `pointer` and everything under it came from `file`, unless already recorded.
    public mutating func record(_ pointer: JSONPointer, file: String) {
        if files[pointer] == nil { files[pointer] = file }
    }

    /// The file the node at `pointer` came from.
    public func file(for pointer: JSONPointer) -> String {
        var current: JSONPointer? = pointer
        while let node = current {
            if let file = files[node] { return file }
            current = node.parent
        }
        return defaultFile
    }
}
