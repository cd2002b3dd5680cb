/// Checks, before parsing, that YAML text is UTF-8 and holds only characters YAML allows
/// (https://yaml.org/spec/1.2.2/#51-character-set): no control characters other than tab, line feed and
/// carriage return, no byte that is not UTF-8. Binary input stops here, at the first bad byte.
enum YAMLTextCheck {
    /// The first fault in `text`, or nil.
    static func firstFault(in text: UnsafeBufferPointer<UInt8>) -> YAMLError? {
        var index = 0
        let count = text.count
        while index < count {
            let byte = text[index]
            if byte < 0x80 {
                if byte >= 0x20 && byte != 0x7F || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                    index += 1
                    continue
                }
                let hex = String(byte, radix: 16, uppercase: true)
                return fault("control character U+\(hex.count < 2 ? "000" : "00")\(hex) is not allowed in YAML text (binary data?)", at: index, in: text, kind: .syntax)
            }
            let length = sequenceLength(text, at: index)
            guard length > 0 else {
                return fault("byte 0x\(String(byte, radix: 16, uppercase: true)) is not UTF-8 (binary data, or text in another encoding?); save the file as UTF-8", at: index, in: text, kind: .encoding)
            }
            index += length
        }
        return nil
    }

    /// The length of the valid UTF-8 sequence at `index` (2 to 4), or 0 when it is not valid
    /// (overlong forms and UTF-16 surrogates are not).
    private static func sequenceLength(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        UTF8Sequence.length(in: text, at: index) ?? 0
    }

    /// An error at byte `index`, with its line and column.
    private static func fault(_ message: String, at index: Int, in text: UnsafeBufferPointer<UInt8>, kind: YAMLError.Kind) -> YAMLError {
        var line = 1
        var lineStart = 0
        var position = 0
        while position < index {
            let byte = text[position]
            if byte == 0x0A || (byte == 0x0D && (position + 1 >= text.count || text[position + 1] != 0x0A)) {
                line += 1
                lineStart = position + 1
            }
            position += 1
        }
        return YAMLError(message: message, line: line, column: index - lineStart + 1, kind: kind)
    }
}
