/// Reads the text of one YAML 1.2 document (https://yaml.org/spec/1.2.2/) into a `JSONValue`, resolving plain
/// scalars with the core schema (`YAMLScalarResolver`).
///
/// The parser is a recursive descent over the bytes, with no token or node objects in between: block
/// collections (`YAMLParser+Block.swift`), flow collections (`+Flow`), plain, quoted and block scalars
/// (`+PlainScalar`, `+QuotedScalar`, `+BlockScalar`), node properties, anchors and aliases (`+Properties`).
/// The cursor primitives are in `+Cursor`. Anything the reader does not support, and every fault, is a thrown
/// `YAMLError` with the line and column; there is no partial result.
///
/// Limits keep hostile input bounded: nesting deeper than `maximumDepth` (also through aliases) and aliases
/// that expand to more than `maximumAliasExpansion` nodes in total (a "billion laughs") are refused. Aliases
/// share the anchored value (copy-on-write), so memory stays proportional to the text.
///
/// When `positions` is set, the parser also records where the nodes it names begin (a mapping member at its
/// key, a sequence item at its first character), for diagnostics found by later stages.
struct YAMLParser {
    /// The text, without a byte order mark; it holds no NUL byte (`YAMLTextCheck` ran first), so 0 marks the end.
    let text: UnsafeBufferPointer<UInt8>
    /// The cursor: byte offset, 1-based line, and offset of the line's first byte.
    var index = 0
    var line = 1
    var lineStart = 0
    /// The deepest nesting accepted.
    let maximumDepth: Int
    /// The most nodes that aliases may add to the document, in total.
    let maximumAliasExpansion: Int
    /// Anchors defined so far, by name.
    var anchors: [String: YAMLAnchor] = [:]
    /// Nodes read so far, counting every node an alias repeats.
    var nodeCount = 0
    /// Nodes added by aliases so far.
    var aliasExpansion = 0
    /// The deepest level reached since the innermost anchored node began (for the anchor's height).
    var deepest = 0
    /// Where wanted pointers are found, when positions are being recorded.
    var positions: YAMLPositionRecorder?
    /// Whether the key `keyText` read last is a plain `<<`, a merge key (see `YAMLParser+Merge.swift`).
    var lastKeyIsMerge = false

    init(text: UnsafeBufferPointer<UInt8>, maximumDepth: Int, maximumAliasExpansion: Int, positions: YAMLPositionRecorder? = nil) {
        self.text = text
        self.maximumDepth = maximumDepth
        self.maximumAliasExpansion = maximumAliasExpansion
        self.positions = positions
    }

    /// Reads the one document of the stream: optional directives and `---`, a node, optional `...`, and then
    /// nothing but comments. A second document is refused.
    mutating func parseStream() throws(YAMLError) -> JSONValue {
        try skipDirectives()
        var explicitStart = false
        _ = try skipToContent()
        if atDocumentMarker(UInt8(ascii: "-")) {
            index += 3
            explicitStart = true
        }
        record(JSONPointer.root, at: mark)
        let value = try parseBlockNode(parent: -1, mode: .document, depth: 0, pointer: positions == nil ? nil : .root)
        _ = try skipToContent()
        if atDocumentMarker(UInt8(ascii: ".")) {
            index += 3
            _ = try skipToContent()
        }
        if atEnd { return value }
        if atDocumentMarker(UInt8(ascii: "-")) || (byte() == UInt8(ascii: "%") && column == 0) {
            throw error("a second YAML document starts here; openapi-gen reads one document per file (split the file, or remove the '---')", kind: .unsupported)
        }
        if !explicitStart, column == 0, byte() == UInt8(ascii: "-") {
            throw error("a sequence item where the document's top-level mapping continues")
        }
        throw error("unexpected \(describe(byte())) after the end of the document's top-level node; check the indentation of this line")
    }

    /// Skips `%YAML` directives (any version is read as 1.2); `%TAG` and other directives are refused.
    private mutating func skipDirectives() throws(YAMLError) {
        while true {
            _ = try skipToContent()
            guard column == 0, byte() == UInt8(ascii: "%") else { return }
            let name = readWhile { !Self.isBlankOrEnd($0) }
            guard name == "%YAML" else {
                throw error("the directive '\(name)' is not supported (custom tag handles are not read); only %YAML may appear", at: YAMLMark(line: line, column: 0), kind: .unsupported)
            }
            while !Self.isBreakOrEnd(byte()) { index += 1 }
        }
    }

    /// Records the position of `pointer`, when positions are being recorded and it is wanted.
    mutating func record(_ pointer: JSONPointer?, at mark: YAMLMark) {
        guard let pointer, positions != nil else { return }
        positions?.record(pointer, at: mark)
    }

    /// `pointer` with `token` appended when it is on the way to a wanted pointer; nil otherwise (or when not recording).
    func child(_ pointer: JSONPointer?, _ token: @autoclosure () -> String) -> JSONPointer? {
        guard let pointer, let positions, positions.isTracked(pointer) else { return nil }
        return pointer.appending(token())
    }
}

/// A named node (`&name`): its value, its text when it is a scalar (for use as a key), and its size and height,
/// which count against the limits every time an alias (`*name`) repeats it.
struct YAMLAnchor {
    var value: JSONValue
    var keyText: String?
    /// The nodes in the value, aliases expanded.
    var size: Int
    /// The nesting levels in the value.
    var height: Int
}
