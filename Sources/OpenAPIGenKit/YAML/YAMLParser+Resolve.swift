/// Turns a scalar's text into a value: by its tag when it has one, by the core schema when it is plain, and as a
/// string otherwise.
extension YAMLParser {
    /// The value of a scalar written as `text` in `style`, with `tag` (nil when untagged).
    func resolve(_ text: String, style: YAMLScalarStyle, tag: YAMLTag?, at mark: YAMLMark) throws(YAMLError) -> JSONValue {
        guard let tag else {
            guard style == .plain else { return .string(text) }
            if let value = YAMLScalarResolver.resolvePlain(text) { return value }
            throw error("'\(text)' is infinity or not-a-number, which JSON cannot hold; quote it if it is text", at: mark, kind: .unsupported)
        }
        var text = text
        let value: JSONValue? = text.withUTF8 { bytes in
            switch tag {
            case .str, .nonSpecific: return .string(String(decoding: bytes, as: UTF8.self))
            case .int: return YAMLScalarResolver.integer(bytes, leadingZeros: true)
            case .float:
                switch YAMLScalarResolver.number(bytes, leadingZeros: true) {
                case .int(let number)?: return .double(Double(number))
                case let other: return other
                }
            case .bool: return YAMLScalarResolver.bool(bytes).map(JSONValue.bool)
            case .null: return YAMLScalarResolver.isNull(bytes) ? .null : nil
            case .map, .seq: return nil
            }
        }
        if let value { return value }
        if tag == .map || tag == .seq { throw error("a scalar cannot have the tag \(tag.name)", at: mark) }
        throw error("'\(text)' is not a valid \(tag.name) value", at: mark)
    }
}
