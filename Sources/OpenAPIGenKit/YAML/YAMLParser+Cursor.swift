/// The cursor of `YAMLParser`: reading bytes, line breaks, white space and comments, and making errors.
extension YAMLParser {
    /// The byte `offset` bytes ahead, or 0 past the end.
    @inline(__always)
    func byte(_ offset: Int = 0) -> UInt8 {
        let position = index + offset
        return position < text.count ? text[position] : 0
    }

    /// Whether the whole text has been read.
    var atEnd: Bool { index >= text.count }

    /// The 0-based column of the cursor, in bytes.
    var column: Int { index - lineStart }

    /// Where the cursor is.
    var mark: YAMLMark { YAMLMark(line: line, column: index - lineStart) }

    @inline(__always)
    static func isBreak(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }

    @inline(__always)
    static func isBreakOrEnd(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D || byte == 0 }

    @inline(__always)
    static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    @inline(__always)
    static func isBlankOrEnd(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0 }

    /// `,` `[` `]` `{` `}`.
    @inline(__always)
    static func isFlowIndicator(_ byte: UInt8) -> Bool {
        byte == 0x2C || byte == 0x5B || byte == 0x5D || byte == 0x7B || byte == 0x7D
    }

    /// Moves past one line break (LF, CR LF or CR); false when the cursor is not at one.
    @discardableResult @inline(__always)
    mutating func consumeBreak() -> Bool {
        let current = byte()
        if current == 0x0A {
            index += 1
        } else if current == 0x0D {
            index += byte(1) == 0x0A ? 2 : 1
        } else {
            return false
        }
        line += 1
        lineStart = index
        return true
    }

    /// Moves past spaces and tabs on the current line.
    @inline(__always)
    mutating func skipBlanks() {
        while Self.isBlank(byte()) { index += 1 }
    }

    /// Moves past the rest of the line when it is blank or a comment (`#` after white space); false when other
    /// text follows.
    mutating func skipToLineEnd() -> Bool {
        skipBlanks()
        if byte() == UInt8(ascii: "#") {
            while !Self.isBreakOrEnd(byte()) { index += 1 }
        }
        return Self.isBreakOrEnd(byte())
    }

    /// Moves past white space, comments and line breaks to the next content; returns whether a line break was
    /// crossed. In block context a tab in the indentation of a line with content is an error: YAML indents with
    /// spaces only (https://yaml.org/spec/1.2.2/#61-indentation-spaces).
    mutating func skipToContent(inFlow: Bool = false) throws(YAMLError) -> Bool {
        var crossed = false
        while true {
            let current = byte()
            if current == 0x20 {
                index += 1
            } else if current == 0x09 {
                if !inFlow, onlyBlanksBeforeCursor() { try refuseTabIndentation() }
                skipBlanks()
            } else if current == UInt8(ascii: "#") {
                while !Self.isBreakOrEnd(byte()) { index += 1 }
            } else if current == 0x0A || current == 0x0D {
                consumeBreak()
                crossed = true
            } else {
                return crossed
            }
        }
    }

    /// Whether everything between the start of the line and the cursor is spaces or tabs.
    func onlyBlanksBeforeCursor() -> Bool {
        var position = lineStart
        while position < index {
            if !Self.isBlank(text[position]) { return false }
            position += 1
        }
        return true
    }

    /// Throws when the tab at the cursor indents content (the rest of the line is not blank or a comment).
    func refuseTabIndentation() throws(YAMLError) {
        var position = index
        while position < text.count, Self.isBlank(text[position]) { position += 1 }
        guard position < text.count else { return }
        let next = text[position]
        if next == UInt8(ascii: "#") || Self.isBreak(next) { return }
        throw error("a tab character indents this line; YAML allows only spaces for indentation")
    }

    /// Whether the cursor is at column 0 on `---` or `...` (per `character`) followed by white space or the end.
    func atDocumentMarker(_ character: UInt8) -> Bool {
        index == lineStart && byte() == character && byte(1) == character && byte(2) == character && Self.isBlankOrEnd(byte(3))
    }

    /// Whether the cursor is at `-` followed by white space or the end: a block sequence entry.
    var atSequenceEntry: Bool { byte() == UInt8(ascii: "-") && Self.isBlankOrEnd(byte(1)) }

    /// Reads bytes while `condition` holds, as a string.
    mutating func readWhile(_ condition: (UInt8) -> Bool) -> String {
        let start = index
        while index < text.count, condition(text[index]) { index += 1 }
        return string(start, index)
    }

    /// The bytes `start..<end` as a string.
    @inline(__always)
    func string(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self)
    }

    /// An error at the cursor, or at `mark`.
    func error(_ message: String, at mark: YAMLMark? = nil, kind: YAMLError.Kind = .syntax) -> YAMLError {
        let at = mark ?? self.mark
        return YAMLError(message: message, line: at.line, column: at.column + 1, kind: kind)
    }

    /// `'x'`, `the end of the line` or `the end of the text`, for messages.
    func describe(_ byte: UInt8) -> String {
        if byte == 0, atEnd { return "the end of the text" }
        if Self.isBreak(byte) { return "the end of the line" }
        if byte >= 0x21, byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        if byte == 0x20 { return "a space" }
        if byte == 0x09 { return "a tab" }
        return "text"
    }
}
