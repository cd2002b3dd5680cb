/// Flow collections (https://yaml.org/spec/1.2.2/#74-flow-collection-styles): `[a, b]` and `{a: 1, b: 2}`,
/// over any number of lines; JSON text is read this way too.
extension YAMLParser {
    /// Reads `[ … ]`; an entry `key: value` is a mapping with one member.
    mutating func parseFlowSequence(depth: Int, pointer: JSONPointer?) throws(YAMLError) -> JSONValue {
        let start = mark
        try enter(depth + 1, at: start)
        index += 1
        var items: [JSONValue] = []
        while true {
            _ = try skipToContent(inFlow: true)
            if byte() == UInt8(ascii: "]") {
                index += 1
                return .array(items)
            }
            if atEnd { throw error("the text ends inside a flow sequence that starts at \(start.description) (truncated file?)") }
            let itemPointer = child(pointer, String(items.count))
            record(itemPointer, at: mark)
            items.append(try parseFlowEntry(depth: depth + 1, pointer: itemPointer))
            _ = try skipToContent(inFlow: true)
            let current = byte()
            if current == UInt8(ascii: ",") {
                index += 1
            } else if current != UInt8(ascii: "]") {
                if atEnd { throw error("the text ends inside a flow sequence that starts at \(start.description) (truncated file?)") }
                throw error("expected ',' or ']' in the flow sequence that starts at \(start.description), found \(describe(current))")
            }
        }
    }

    /// Reads `{ … }`.
    mutating func parseFlowMapping(depth: Int, pointer: JSONPointer?) throws(YAMLError) -> JSONValue {
        let start = mark
        try enter(depth + 1, at: start)
        index += 1
        var members = JSONObject()
        var firstMarks: [String: YAMLMark] = [:]
        var merges = YAMLMerges()
        while true {
            _ = try skipToContent(inFlow: true)
            if byte() == UInt8(ascii: "}") {
                index += 1
                merges.apply(to: &members)
                return .object(members)
            }
            if atEnd { throw error("the text ends inside a flow mapping that starts at \(start.description) (truncated file?)") }
            let keyMark = mark
            let (key, value, isMerge) = try parseFlowPair(depth: depth + 1, pointer: pointer)
            if isMerge {
                try merges.add(value, at: keyMark, parser: self)
            } else if members[key] != nil {
                let first = firstMarks[key] ?? keyMark
                throw error("the key '\(key)' appears twice in one mapping (first at \(first.description)); keys must be unique", at: keyMark)
            } else {
                firstMarks[key] = keyMark
                members.set(key, value)
            }
            _ = try skipToContent(inFlow: true)
            let current = byte()
            if current == UInt8(ascii: ",") {
                index += 1
            } else if current != UInt8(ascii: "}") {
                if atEnd { throw error("the text ends inside a flow mapping that starts at \(start.description) (truncated file?)") }
                throw error("expected ',' or '}' in the flow mapping that starts at \(start.description), found \(describe(current))")
            }
        }
    }

    /// Reads one entry of a flow sequence: a node, or a `key: value` pair (a mapping with one member).
    private mutating func parseFlowEntry(depth: Int, pointer: JSONPointer?) throws(YAMLError) -> JSONValue {
        let start = mark
        if byte() == UInt8(ascii: "?"), Self.isBlankOrEnd(byte(1)) {
            try enter(depth + 1, at: start)
            let (key, value, isMerge) = try parseFlowPair(depth: depth + 1, pointer: nil)
            if isMerge { throw mergeKeyMisplaced(at: start) }
            return .object(JSONObject(orderedMembers: [(key, value)]))
        }
        let properties = try parseProperties(inFlow: true, depth: depth)
        let scope = beginAnchor(properties, depth: depth)
        if properties.anchor != nil || properties.tag != nil, Self.isFlowIndicator(byte()), byte() != UInt8(ascii: "["), byte() != UInt8(ascii: "{") {
            return try emptyNodeAfter(properties, scope: scope)
        }
        let piece = try parsePiece(inFlow: true, depth: depth, pointer: pointer)
        _ = try skipToContent(inFlow: true)
        guard byte() == UInt8(ascii: ":") else { return try finishScalar(piece, properties: properties, scope: scope, depth: depth) }
        try enter(depth + 1, at: start)
        let key = try keyText(piece)
        if lastKeyIsMerge { throw mergeKeyMisplaced(at: start) }
        if let scope { endAnchor(scope, value: .string(key), keyText: key) }
        index += 1
        let value = try parseFlowValue(depth: depth + 1, pointer: nil)
        return .object(JSONObject(orderedMembers: [(key, value)]))
    }

    /// Reads `key`, `key: value` or `? key: value` in a flow collection; a key without a value maps to null.
    private mutating func parseFlowPair(depth: Int, pointer: JSONPointer?) throws(YAMLError) -> (String, JSONValue, isMerge: Bool) {
        let keyMark = mark
        if byte() == UInt8(ascii: "?"), Self.isBlankOrEnd(byte(1)) {
            index += 1
            _ = try skipToContent(inFlow: true)
        }
        let properties = try parseProperties(inFlow: true, depth: depth)
        let scope = beginAnchor(properties, depth: depth)
        let key: String
        lastKeyIsMerge = false
        if byte() == UInt8(ascii: ":"), Self.isBlankOrEnd(byte(1)) || Self.isFlowIndicator(byte(1)) {
            key = ""
        } else {
            let piece = try parsePiece(inFlow: true, depth: depth, pointer: nil)
            if case .collection = piece.kind {
                throw error("complex mapping keys (a sequence or a mapping used as a key) are not supported", at: keyMark, kind: .unsupported)
            }
            key = try keyText(piece)
        }
        let isMerge = lastKeyIsMerge
        if let scope { endAnchor(scope, value: .string(key), keyText: key) }
        let valuePointer = isMerge ? nil : child(pointer, key)
        record(valuePointer, at: keyMark)
        _ = try skipToContent(inFlow: true)
        guard byte() == UInt8(ascii: ":") else {
            nodeCount += 1
            return (key, .null, isMerge)
        }
        index += 1
        return (key, try parseFlowValue(depth: depth, pointer: valuePointer), isMerge)
    }

    /// Reads the value after `:` in a flow collection; nothing before `,` `]` `}` is null.
    private mutating func parseFlowValue(depth: Int, pointer: JSONPointer?) throws(YAMLError) -> JSONValue {
        _ = try skipToContent(inFlow: true)
        let properties = try parseProperties(inFlow: true, depth: depth)
        let scope = beginAnchor(properties, depth: depth)
        let current = byte()
        if current == UInt8(ascii: ",") || current == UInt8(ascii: "]") || current == UInt8(ascii: "}") {
            return try emptyNodeAfter(properties, scope: scope)
        }
        let piece = try parsePiece(inFlow: true, depth: depth, pointer: pointer)
        return try finishScalar(piece, properties: properties, scope: scope, depth: depth)
    }

    /// An empty node whose properties (and anchor scope) were already read.
    private mutating func emptyNodeAfter(_ properties: YAMLProperties, scope: YAMLAnchorScope?) throws(YAMLError) -> JSONValue {
        var tagOnly = properties
        tagOnly.anchor = nil
        let value = try emptyNode(tagOnly, depth: 0)
        if let scope { endAnchor(scope, value: value, keyText: value.stringValue ?? "") }
        return value
    }
}
