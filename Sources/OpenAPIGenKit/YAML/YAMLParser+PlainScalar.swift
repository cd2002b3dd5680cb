/// Plain scalars (https://yaml.org/spec/1.2.2/#733-plain-style): unquoted text, possibly over several lines.
extension YAMLParser {
    /// Moves over the text of a plain scalar on the current line and returns where the text ends (trailing
    /// blanks excluded). Stops at a line break, at a comment (` #`), at `: ` and, in flow context, at `,[]{}`
    /// and at `:` before one of them.
    mutating func readPlainSegment(inFlow: Bool) -> Int {
        var end = index
        while index < text.count {
            let current = text[index]
            if current == 0x20 || current == 0x09 {
                if byte(1) == UInt8(ascii: "#") { return end }
                index += 1
                continue
            }
            if current == 0x0A || current == 0x0D { return end }
            if current == UInt8(ascii: ":") {
                let next = byte(1)
                if Self.isBlankOrEnd(next) || (inFlow && Self.isFlowIndicator(next)) { return end }
            } else if inFlow, Self.isFlowIndicator(current) {
                return end
            }
            index += 1
            end = index
        }
        return end
    }

    /// Continues a plain scalar whose first line was `first` over the following lines that are indented more
    /// than `parent` (in flow context, any following lines), folding each line break into a space and each
    /// empty line into a line feed. Stops before a comment line, a document marker or a less indented line,
    /// leaving the cursor at the end of the scalar's last line.
    mutating func continuePlainScalar(_ first: String, parent: Int, inFlow: Bool) throws(YAMLError) -> String {
        var buffer: [UInt8]?
        while true {
            skipBlanks()
            guard Self.isBreak(byte()) else { break }
            let saved = (index, line, lineStart)
            var breaks = 0
            consumeBreak()
            while true {
                while byte() == 0x20 { index += 1 }
                let indent = column
                skipBlanks()
                if Self.isBreak(byte()) {
                    consumeBreak()
                    breaks += 1
                    continue
                }
                let current = byte()
                let ends = atEnd || (!inFlow && indent <= parent) || current == UInt8(ascii: "#")
                    || atDocumentMarker(UInt8(ascii: "-")) || atDocumentMarker(UInt8(ascii: "."))
                    || (inFlow && Self.isFlowIndicator(current))
                    || (current == UInt8(ascii: ":") && (Self.isBlankOrEnd(byte(1)) || (inFlow && Self.isFlowIndicator(byte(1)))))
                if ends {
                    (index, line, lineStart) = saved
                    return buffer.map { String(decoding: $0, as: UTF8.self) } ?? first
                }
                break
            }
            if buffer == nil { buffer = Array(first.utf8) }
            if breaks == 0 {
                buffer?.append(0x20)
            } else {
                buffer?.append(contentsOf: repeatElement(0x0A, count: breaks))
            }
            let start = index
            let end = readPlainSegment(inFlow: inFlow)
            buffer?.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<end]))
        }
        return buffer.map { String(decoding: $0, as: UTF8.self) } ?? first
    }
}
