/// Block scalars (https://yaml.org/spec/1.2.2/#81-block-scalar-styles): `|` keeps line breaks, `>` folds them;
/// `-` strips the final line breaks, `+` keeps them all, neither keeps one; a digit fixes the indentation.
extension YAMLParser {
    /// How the final line breaks of a block scalar are kept.
    private enum Chomping { case strip, clip, keep }

    /// Reads a block scalar whose indicator is at the cursor, inside a collection indented `parent` columns.
    /// The cursor ends at the start of the first line after the scalar (past that line's indentation).
    mutating func parseBlockScalar(parent: Int) throws(YAMLError) -> String {
        let literal = byte() == UInt8(ascii: "|")
        index += 1
        var chomping = Chomping.clip
        var increment = 0
        for _ in 0..<2 {
            let current = byte()
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") {
                guard chomping == .clip else { throw error("a block scalar header has two chomping indicators") }
                chomping = current == UInt8(ascii: "+") ? .keep : .strip
                index += 1
            } else if current >= UInt8(ascii: "1"), current <= UInt8(ascii: "9") {
                guard increment == 0 else { throw error("a block scalar header has two indentation indicators") }
                increment = Int(current - UInt8(ascii: "0"))
                index += 1
            } else if current == UInt8(ascii: "0") {
                throw error("a block scalar's indentation indicator must be 1 to 9")
            }
        }
        if !Self.isBlankOrEnd(byte()) || !skipToLineEnd() {
            throw error("unexpected \(describe(byte())) after the block scalar header; only a comment may follow '|' or '>' on its line")
        }
        var indent = increment > 0 ? (parent >= 0 ? parent + increment : increment) : 0
        var content: [UInt8] = []
        var trailingBreaks: [UInt8] = []
        guard consumeBreak() else { return "" }
        try scanBreaks(indent: &indent, parent: parent, into: &trailingBreaks)
        var leadingBreak = false
        var leadingBlank = false
        while column == indent, !atEnd {
            let trailingBlank = Self.isBlank(byte())
            if !literal, leadingBreak, !leadingBlank, !trailingBlank {
                if trailingBreaks.isEmpty { content.append(0x20) }
            } else if leadingBreak {
                content.append(0x0A)
            }
            leadingBreak = false
            content.append(contentsOf: trailingBreaks)
            trailingBreaks.removeAll(keepingCapacity: true)
            leadingBlank = trailingBlank
            let start = index
            while index < text.count, text[index] != 0x0A, text[index] != 0x0D { index += 1 }
            content.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<index]))
            guard consumeBreak() else { break }
            leadingBreak = true
            try scanBreaks(indent: &indent, parent: parent, into: &trailingBreaks)
        }
        if chomping != .strip, leadingBreak { content.append(0x0A) }
        if chomping == .keep { content.append(contentsOf: trailingBreaks) }
        return String(decoding: content, as: UTF8.self)
    }

    /// Moves over the indentation of the following lines and over empty lines (one line feed each, into
    /// `breaks`); on the first content line, when `indent` is still 0, detects it.
    private mutating func scanBreaks(indent: inout Int, parent: Int, into breaks: inout [UInt8]) throws(YAMLError) {
        var widest = 0
        while true {
            while (indent == 0 || column < indent), byte() == 0x20 { index += 1 }
            if column > widest { widest = column }
            if indent == 0 || column < indent, byte() == 0x09 {
                guard Self.isBreakOrEnd(nextNonBlank()) else {
                    throw error("a tab character indents a line of a block scalar; YAML allows only spaces for indentation")
                }
                skipBlanks()
            }
            guard consumeBreak() else { break }
            breaks.append(0x0A)
        }
        if indent == 0 {
            indent = max(widest, parent + 1, 1)
        }
    }

    /// The first byte after the blanks at the cursor.
    private func nextNonBlank() -> UInt8 {
        var position = index
        while position < text.count, Self.isBlank(text[position]) { position += 1 }
        return position < text.count ? text[position] : 0
    }
}
