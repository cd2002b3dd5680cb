/// Where a block node is read, which decides what may start on the line the cursor is on.
enum YAMLBlockMode {
    /// The document's top-level node.
    case document
    /// After `- ` (or `? `, `: ` of an explicit entry): a compact collection may start on the same line.
    case sequenceItem
    /// After `key:`: only a scalar, an alias or a flow collection may follow on the same line, and a block
    /// sequence may start at the key's own indentation on the next line.
    case mappingValue
}

/// Block collections (https://yaml.org/spec/1.2.2/#82-block-collection-styles): indentation decides where a
/// sequence or mapping ends.
extension YAMLParser {
    /// Reads the node that follows, inside a block collection indented `parent` columns (-1 at the top level).
    /// An absent node (nothing, or only less indented lines) is null.
    mutating func parseBlockNode(parent: Int, mode: YAMLBlockMode, depth: Int, pointer: JSONPointer?, properties inherited: YAMLProperties? = nil) throws(YAMLError) -> JSONValue {
        let crossed = try skipToContent()
        if atEnd || atDocumentMarker(UInt8(ascii: "-")) || atDocumentMarker(UInt8(ascii: ".")) { return try emptyNode(inherited, depth: depth) }
        var compact = false
        if crossed || index == lineStart {
            if column <= parent {
                guard column == parent, mode == .mappingValue, atSequenceEntry else { return try emptyNode(inherited, depth: depth) }
                compact = true
            }
        }
        let lineStarts = crossed || mode != .mappingValue
        let nodeColumn = column
        if inherited == nil, byte() == UInt8(ascii: "&") || byte() == UInt8(ascii: "!") {
            let properties = try parseProperties(inFlow: false, depth: depth)
            if skipToLineEnd() {
                return try parseBlockNode(parent: parent, mode: mode, depth: depth, pointer: pointer, properties: properties)
            }
            return try parseBlockContent(parent: parent, nodeColumn: nodeColumn, lineStarts: lineStarts, compact: false, depth: depth, pointer: pointer, properties: properties, propertiesOnLine: true)
        }
        return try parseBlockContent(parent: parent, nodeColumn: nodeColumn, lineStarts: lineStarts, compact: compact, depth: depth, pointer: pointer, properties: inherited, propertiesOnLine: false)
    }

    /// Reads the node at the cursor: a block collection, a block scalar, or a scalar, alias or flow collection
    /// that may turn out to be the first key of a block mapping. Properties written on the same line as a key
    /// belong to the key; on a line of their own, to the collection below them. `nodeColumn` is where the node
    /// begins, properties included: the indentation of a mapping that starts here.
    private mutating func parseBlockContent(parent: Int, nodeColumn: Int, lineStarts: Bool, compact: Bool, depth: Int, pointer: JSONPointer?, properties: YAMLProperties?, propertiesOnLine: Bool) throws(YAMLError) -> JSONValue {
        let start = mark
        let current = byte()
        if atSequenceEntry || (current == UInt8(ascii: "?") && Self.isBlankOrEnd(byte(1))) {
            guard lineStarts, !propertiesOnLine || current == UInt8(ascii: "?") else {
                throw error("a block \(current == UInt8(ascii: "-") ? "sequence" : "mapping") cannot start on the line of its key; start it on the next line, indented")
            }
            let scope = beginAnchor(properties, depth: depth)
            let value = current == UInt8(ascii: "-")
                ? try parseBlockSequence(indent: column, compact: compact, depth: depth, pointer: pointer)
                : try parseBlockMapping(indent: column, firstKey: nil, depth: depth, pointer: pointer)
            return try finishCollection(value, properties: properties, scope: scope, at: start)
        }
        if current == UInt8(ascii: "|") || current == UInt8(ascii: ">") {
            let scope = beginAnchor(properties, depth: depth)
            let text = try parseBlockScalar(parent: parent)
            return try finishScalar(YAMLPiece(kind: .scalar(text, .block), mark: start), properties: properties, scope: scope, depth: depth)
        }
        let scope = beginAnchor(properties, depth: depth)
        let startLine = line
        var piece = try parsePiece(inFlow: false, depth: depth, pointer: pointer)
        skipBlanks()
        if byte() == UInt8(ascii: ":"), Self.isBlankOrEnd(byte(1)) {
            guard lineStarts else {
                throw error("a mapping cannot start on the line of its key ('a: b: c'); put the inner mapping on the next line, indented")
            }
            guard line == startLine else { throw error("a mapping key must fit on one line", at: start) }
            let key = try keyText(piece)
            let mappingScope: YAMLAnchorScope?
            if propertiesOnLine {
                if let scope { endAnchor(scope, value: .string(key), keyText: key) }
                if let tag = properties?.tag, tag != .str, tag != .nonSpecific { throw error("a mapping key cannot have the tag \(tag.name); keys are strings", at: start) }
                mappingScope = nil
            } else {
                mappingScope = scope
            }
            let value = try parseBlockMapping(indent: nodeColumn, firstKey: (key, start), depth: depth, pointer: pointer)
            return try finishCollection(value, properties: propertiesOnLine ? nil : properties, scope: mappingScope, at: start)
        }
        if case .scalar(let text, .plain) = piece.kind, !atEnd, Self.isBreak(byte()) || Self.isBlank(byte()) {
            piece.kind = .scalar(try continuePlainScalar(text, parent: parent, inFlow: false), .plain)
        }
        if case .collection(let value) = piece.kind { return try finishCollection(value, properties: properties, scope: scope, at: start) }
        return try finishScalar(piece, properties: properties, scope: scope, depth: depth)
    }

    /// Reads a block mapping whose keys are at column `indent`; `firstKey` is a key already read (the cursor is
    /// then on its `:`).
    mutating func parseBlockMapping(indent: Int, firstKey: (String, YAMLMark)?, depth: Int, pointer: JSONPointer?) throws(YAMLError) -> JSONValue {
        try enter(depth + 1, at: firstKey?.1 ?? mark)
        var members = JSONObject()
        var firstMarks: [String: YAMLMark] = [:]
        var merges = YAMLMerges()
        var pending = firstKey
        while true {
            let key: String
            let keyMark: YAMLMark
            let value: JSONValue
            let isMerge: Bool
            if let (text, at) = pending {
                pending = nil
                key = text
                keyMark = at
                isMerge = lastKeyIsMerge
                index += 1
                value = try parseBlockNode(parent: indent, mode: .mappingValue, depth: depth + 1, pointer: isMerge ? nil : child(pointer, key))
            } else if byte() == UInt8(ascii: "?"), Self.isBlankOrEnd(byte(1)) {
                keyMark = mark
                index += 1
                lastKeyIsMerge = false
                key = try explicitKey(parent: indent, depth: depth + 1, at: keyMark)
                if lastKeyIsMerge { throw mergeKeyMisplaced(at: keyMark) }
                isMerge = false
                _ = try skipToContent()
                if column == indent, byte() == UInt8(ascii: ":"), Self.isBlankOrEnd(byte(1)), !atEnd {
                    index += 1
                    value = try parseBlockNode(parent: indent, mode: .sequenceItem, depth: depth + 1, pointer: child(pointer, key))
                } else {
                    nodeCount += 1
                    value = .null
                }
            } else {
                keyMark = mark
                key = try implicitKey(depth: depth + 1)
                isMerge = lastKeyIsMerge
                index += 1
                value = try parseBlockNode(parent: indent, mode: .mappingValue, depth: depth + 1, pointer: isMerge ? nil : child(pointer, key))
            }
            if isMerge {
                try merges.add(value, at: keyMark, parser: self)
            } else if members[key] != nil {
                let first = firstMarks[key] ?? keyMark
                throw error("the key '\(key)' appears twice in one mapping (first at \(first.description)); keys must be unique", at: keyMark)
            } else {
                record(child(pointer, key), at: keyMark)
                firstMarks[key] = keyMark
                members.set(key, value)
            }
            _ = try skipToContent()
            if atEnd || atDocumentMarker(UInt8(ascii: "-")) || atDocumentMarker(UInt8(ascii: ".")) { break }
            try requireLineStart()
            if column < indent { break }
            if column > indent {
                throw error("this line is indented more than the keys of its mapping (column \(indent + 1), line \(keyMark.line)); check the indentation")
            }
            if atSequenceEntry { throw error("a sequence item ('- ') where a key of the mapping was expected; indent the sequence under its key") }
        }
        merges.apply(to: &members)
        return .object(members)
    }

    /// Reads a block sequence whose `- ` are at column `indent`. A `compact` sequence (the value of a mapping
    /// key, at the key's indentation) ends at the next key; any other ends at a less indented line.
    private mutating func parseBlockSequence(indent: Int, compact: Bool, depth: Int, pointer: JSONPointer?) throws(YAMLError) -> JSONValue {
        try enter(depth + 1, at: mark)
        var items: [JSONValue] = []
        while true {
            let dash = mark
            index += 1
            let itemPointer = child(pointer, String(items.count))
            if itemPointer != nil {
                skipBlanks()
                record(itemPointer, at: Self.isBreakOrEnd(byte()) || byte() == UInt8(ascii: "#") ? dash : mark)
            }
            items.append(try parseBlockNode(parent: indent, mode: .sequenceItem, depth: depth + 1, pointer: itemPointer))
            _ = try skipToContent()
            if atEnd || atDocumentMarker(UInt8(ascii: "-")) || atDocumentMarker(UInt8(ascii: ".")) { break }
            try requireLineStart()
            if column < indent { break }
            if column > indent {
                throw error("this line is indented more than the items of its sequence (column \(indent + 1), line \(dash.line)); check the indentation")
            }
            if !atSequenceEntry {
                if compact { break }
                throw error("expected a sequence item ('- ') at this indentation, found \(describe(byte()))")
            }
        }
        return .array(items)
    }

    /// Throws when the cursor is not the first content of its line: something follows a complete value.
    private func requireLineStart() throws(YAMLError) {
        guard !onlyBlanksBeforeCursor() else { return }
        if byte() == UInt8(ascii: ":") {
            throw error("a mapping value cannot start here; a key and its value go on one line as 'key: value', and an inner mapping goes on the next lines, indented")
        }
        throw error("unexpected \(describe(byte())) after a complete value; quote the value if it contains this text")
    }

    /// Reads the key of a `key: value` entry at the cursor; the cursor stops on the `:`.
    private mutating func implicitKey(depth: Int) throws(YAMLError) -> String {
        let start = mark
        var properties: YAMLProperties?
        if byte() == UInt8(ascii: "&") || byte() == UInt8(ascii: "!") {
            properties = try parseProperties(inFlow: false, depth: depth)
            skipBlanks()
        }
        let scope = beginAnchor(properties, depth: depth)
        let current = byte()
        if current == UInt8(ascii: "|") || current == UInt8(ascii: ">") {
            throw error("a block scalar cannot be a mapping key")
        }
        let piece = try parsePiece(inFlow: false, depth: depth, pointer: nil)
        let key = try keyText(piece)
        guard piece.mark.line == line else { throw error("a mapping key must fit on one line", at: start) }
        if let scope { endAnchor(scope, value: .string(key), keyText: key) }
        skipBlanks()
        guard byte() == UInt8(ascii: ":"), Self.isBlankOrEnd(byte(1)) else {
            if Self.isBreakOrEnd(byte()) || byte() == UInt8(ascii: "#") {
                throw error("this line of a mapping has no ':' after '\(key)'; each line must be a 'key: value' entry, a comment, or part of a value indented below its key", at: start)
            }
            throw error("expected ':' after the mapping key '\(key)', found \(describe(byte()))")
        }
        return key
    }

    /// Reads a one-line scalar or alias (with properties) as the text of an explicit key.
    private mutating func implicitKeyText(depth: Int) throws(YAMLError) -> String {
        var properties: YAMLProperties?
        if byte() == UInt8(ascii: "&") || byte() == UInt8(ascii: "!") {
            properties = try parseProperties(inFlow: false, depth: depth)
            skipBlanks()
        }
        let scope = beginAnchor(properties, depth: depth)
        let key = try keyText(try parsePiece(inFlow: false, depth: depth, pointer: nil))
        if let scope { endAnchor(scope, value: .string(key), keyText: key) }
        return key
    }

    /// Reads the key of an explicit entry (`? key`): it must be a scalar, and its text is the key.
    private mutating func explicitKey(parent: Int, depth: Int, at start: YAMLMark) throws(YAMLError) -> String {
        skipBlanks()
        let current = byte()
        if current == UInt8(ascii: "|") || current == UInt8(ascii: ">") { return try parseBlockScalar(parent: parent) }
        if !Self.isBreakOrEnd(current), current != UInt8(ascii: "#"), !atSequenceEntry, current != UInt8(ascii: "?") {
            return try implicitKeyText(depth: depth)
        }
        switch try parseBlockNode(parent: parent, mode: .sequenceItem, depth: depth, pointer: nil) {
        case .string(let text): return text
        case .null: return ""
        case .array, .object: throw error("complex mapping keys (a sequence or a mapping used as a key) are not supported", at: start, kind: .unsupported)
        default: throw error("an explicit key on the lines below its '?' must be text; write a number or boolean key after '? ' on the same line", at: start, kind: .unsupported)
        }
    }
}
