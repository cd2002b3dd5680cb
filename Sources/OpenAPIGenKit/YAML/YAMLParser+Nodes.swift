/// How a scalar was written: plain scalars are resolved by the core schema, the others are strings.
enum YAMLScalarStyle: Equatable {
    case plain, quoted, block
}

/// A node read before it is known whether it is a mapping key or a value.
struct YAMLPiece {
    /// What was read.
    enum Kind {
        /// A scalar's text (escapes decoded, lines folded) and how it was written.
        case scalar(String, YAMLScalarStyle)
        /// `*name`: the anchored node it repeats.
        case alias(YAMLAnchor)
        /// A flow sequence or mapping, already read.
        case collection(JSONValue)
    }

    var kind: Kind
    /// Where the node starts.
    var mark: YAMLMark
}

/// Node properties (https://yaml.org/spec/1.2.2/#691-node-properties): an anchor and a tag, both optional.
struct YAMLProperties {
    var anchor: String?
    var tag: YAMLTag?
}

/// The state saved when an anchored node begins, to measure its size and height when it ends.
struct YAMLAnchorScope {
    var name: String
    var startCount: Int
    var savedDeepest: Int
    var depth: Int
}

/// Scalars, aliases and flow collections as pieces; properties, anchors and the limits.
extension YAMLParser {
    /// Reads a scalar, an alias or a flow collection at the cursor. In block context a plain scalar is read to
    /// the end of its first line only (the caller continues it once it knows it is not a key).
    mutating func parsePiece(inFlow: Bool, depth: Int, pointer: JSONPointer?) throws(YAMLError) -> YAMLPiece {
        let start = mark
        switch byte() {
        case UInt8(ascii: "\""):
            return YAMLPiece(kind: .scalar(try parseDoubleQuoted(), .quoted), mark: start)
        case UInt8(ascii: "'"):
            return YAMLPiece(kind: .scalar(try parseSingleQuoted(), .quoted), mark: start)
        case UInt8(ascii: "*"):
            return YAMLPiece(kind: .alias(try parseAlias(depth: depth)), mark: start)
        case UInt8(ascii: "["):
            return YAMLPiece(kind: .collection(try parseFlowSequence(depth: depth, pointer: pointer)), mark: start)
        case UInt8(ascii: "{"):
            return YAMLPiece(kind: .collection(try parseFlowMapping(depth: depth, pointer: pointer)), mark: start)
        default:
            try checkPlainStart(inFlow: inFlow)
            let first = index
            let end = readPlainSegment(inFlow: inFlow)
            var text = string(first, end)
            if inFlow { text = try continuePlainScalar(text, parent: -1, inFlow: true) }
            return YAMLPiece(kind: .scalar(text, .plain), mark: start)
        }
    }

    /// Throws when the byte at the cursor cannot begin a plain scalar (https://yaml.org/spec/1.2.2/#733-plain-style).
    private func checkPlainStart(inFlow: Bool) throws(YAMLError) {
        let current = byte()
        let next = byte(1)
        switch current {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"):
            if !Self.isBlankOrEnd(next), !(inFlow && Self.isFlowIndicator(next)) { return }
            if current == UInt8(ascii: "-") { throw error(inFlow ? "a block sequence ('- ') cannot appear inside a flow collection" : "a sequence item ('- ') cannot start here") }
            if current == UInt8(ascii: ":") { throw error("a ':' with no key before it; write the key, or quote the value") }
            throw error("an explicit key ('? ') cannot start here")
        case UInt8(ascii: "|"), UInt8(ascii: ">"):
            throw error(inFlow ? "a block scalar ('|' or '>') cannot appear inside a flow collection" : "a block scalar cannot start here")
        case UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"):
            throw error(inFlow ? "a value is missing before \(describe(current))" : "unexpected \(describe(current)); no flow collection is open here (quote the value if it is text)")
        case UInt8(ascii: "@"), UInt8(ascii: "`"), UInt8(ascii: "%"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "!"):
            throw error("\(describe(current)) cannot start a plain scalar; quote the value")
        case 0 where atEnd:
            throw error("the text ends where a value was expected (truncated file?)")
        default:
            if Self.isBreak(current) { throw error("a value was expected before the end of the line") }
        }
    }

    /// Reads `&anchor` and `!tag` (either order, each at most once), and the white space after them.
    mutating func parseProperties(inFlow: Bool, depth: Int) throws(YAMLError) -> YAMLProperties {
        var properties = YAMLProperties()
        while true {
            let start = mark
            let current = byte()
            if current == UInt8(ascii: "&") {
                guard properties.anchor == nil else { throw error("a node has two anchors") }
                index += 1
                let name = readWhile { !Self.isBlankOrEnd($0) && !Self.isFlowIndicator($0) }
                guard !name.isEmpty else { throw error("an anchor ('&') needs a name", at: start) }
                properties.anchor = name
            } else if current == UInt8(ascii: "!") {
                guard properties.tag == nil else { throw error("a node has two tags") }
                let text = readWhile { !Self.isBlankOrEnd($0) && !(inFlow && Self.isFlowIndicator($0)) }
                guard let tag = YAMLTag(text) else {
                    throw error("the tag '\(text)' is not supported; openapi-gen reads only the tags !!str, !!int, !!float, !!bool, !!null, !!map and !!seq", at: start, kind: .unsupported)
                }
                properties.tag = tag
            } else {
                return properties
            }
            if inFlow { _ = try skipToContent(inFlow: true) } else { skipBlanks() }
        }
    }

    /// Reads `*name` and counts what it repeats against the limits.
    private mutating func parseAlias(depth: Int) throws(YAMLError) -> YAMLAnchor {
        let start = mark
        index += 1
        let nameStart = index
        while !Self.isBlankOrEnd(byte()), !Self.isFlowIndicator(byte()) {
            if byte() == UInt8(ascii: ":"), Self.isBlankOrEnd(byte(1)) { break }
            index += 1
        }
        let name = string(nameStart, index)
        guard !name.isEmpty else { throw error("an alias ('*') needs the name of an anchor", at: start) }
        guard let anchor = anchors[name] else {
            throw error("the alias '*\(name)' names no anchor defined before it", at: start)
        }
        aliasExpansion = aliasExpansion.addingReportingOverflow(anchor.size).partialValue
        nodeCount = nodeCount.addingReportingOverflow(anchor.size).partialValue
        if aliasExpansion > maximumAliasExpansion || aliasExpansion < 0 {
            throw error("aliases repeat more than \(maximumAliasExpansion) nodes in total (an alias bomb?); refusing the document", at: start, kind: .limit)
        }
        if depth + anchor.height > maximumDepth {
            throw error("YAML nesting is deeper than \(maximumDepth) levels (through the alias '*\(name)')", at: start, kind: .limit)
        }
        deepest = max(deepest, depth + anchor.height)
        return anchor
    }

    /// The text of a key: a scalar's text, or that of the scalar an alias repeats. Sets `lastKeyIsMerge` when the
    /// key is a plain `<<` (a YAML 1.1 merge key), which the mapping reading it merges instead of storing.
    mutating func keyText(_ piece: YAMLPiece) throws(YAMLError) -> String {
        lastKeyIsMerge = false
        switch piece.kind {
        case .scalar(let text, let style):
            lastKeyIsMerge = style == .plain && text == "<<"
            return text
        case .alias(let anchor):
            if let text = anchor.keyText { return text }
        case .collection: break
        }
        throw error("complex mapping keys (a sequence or a mapping used as a key) are not supported", at: piece.mark, kind: .unsupported)
    }

    /// The value of a scalar or alias piece, with its tag applied and its anchor defined.
    mutating func finishScalar(_ piece: YAMLPiece, properties: YAMLProperties?, scope: YAMLAnchorScope?, depth: Int) throws(YAMLError) -> JSONValue {
        switch piece.kind {
        case .scalar(let text, let style):
            nodeCount += 1
            let value = try resolve(text, style: style, tag: properties?.tag, at: piece.mark)
            if let scope { endAnchor(scope, value: value, keyText: text) }
            return value
        case .alias(let anchor):
            if properties?.anchor != nil || properties?.tag != nil { throw error("an alias cannot have an anchor or a tag", at: piece.mark) }
            return anchor.value
        case .collection(let value):
            return try finishCollection(value, properties: properties, scope: scope, at: piece.mark)
        }
    }

    /// A mapping or sequence with its tag checked and its anchor defined.
    mutating func finishCollection(_ value: JSONValue, properties: YAMLProperties?, scope: YAMLAnchorScope?, at mark: YAMLMark) throws(YAMLError) -> JSONValue {
        if let tag = properties?.tag {
            let isMapping = value.objectValue != nil
            let fits = tag == .nonSpecific || (isMapping ? tag == .map : tag == .seq)
            if !fits { throw error("a \(isMapping ? "mapping" : "sequence") cannot have the tag \(tag.name)", at: mark) }
        }
        if let scope { endAnchor(scope, value: value, keyText: nil) }
        return value
    }

    /// An absent node: null, or the empty value its tag asks for.
    mutating func emptyNode(_ properties: YAMLProperties?, depth: Int) throws(YAMLError) -> JSONValue {
        let scope = beginAnchor(properties, depth: depth)
        nodeCount += 1
        let value: JSONValue
        switch properties?.tag {
        case nil, .null?: value = .null
        case .str?, .nonSpecific?: value = .string("")
        case .map?: value = .object(JSONObject())
        case .seq?: value = .array([])
        case let tag?: throw error("an empty node cannot have the tag \(tag.name)")
        }
        if let scope { endAnchor(scope, value: value, keyText: value.stringValue ?? (value == .null ? "" : nil)) }
        return value
    }

    /// Starts measuring an anchored node, when `properties` has an anchor.
    mutating func beginAnchor(_ properties: YAMLProperties?, depth: Int) -> YAMLAnchorScope? {
        guard let name = properties?.anchor else { return nil }
        let scope = YAMLAnchorScope(name: name, startCount: nodeCount, savedDeepest: deepest, depth: depth)
        deepest = depth
        return scope
    }

    /// Defines the anchor of `scope` (a later definition of the same name replaces an earlier one, as YAML says).
    mutating func endAnchor(_ scope: YAMLAnchorScope, value: JSONValue, keyText: String?) {
        let height = max(0, deepest - scope.depth)
        anchors[scope.name] = YAMLAnchor(value: value, keyText: keyText, size: max(1, nodeCount - scope.startCount), height: height)
        deepest = max(scope.savedDeepest, deepest)
    }

    /// Counts a collection that begins at nesting `level`, refusing levels beyond `maximumDepth`.
    mutating func enter(_ level: Int, at mark: YAMLMark) throws(YAMLError) {
        guard level <= maximumDepth else { throw error("YAML nesting is deeper than \(maximumDepth) levels", at: mark, kind: .limit) }
        nodeCount += 1
        if level > deepest { deepest = level }
    }
}
