/// A fault in YAML text: one plain sentence and the 1-based line and column (in UTF-8 bytes) where it was found.
struct YAMLError: Error, Hashable, Sendable {
    /// What is wrong, without a trailing period.
    var message: String
    /// 1-based line of the fault.
    var line: Int
    /// 1-based column of the fault, in UTF-8 bytes.
    var column: Int
    /// What kind of fault it is, which decides how the diagnostic begins.
    var kind = Kind.syntax

    /// The kinds of fault.
    enum Kind: Hashable, Sendable {
        /// The text is not YAML.
        case syntax
        /// The bytes are not UTF-8, or hold characters YAML does not allow.
        case encoding
        /// The text is YAML, but uses something openapi-gen does not read (the message says what).
        case unsupported
        /// A limit that protects against hostile input (nesting depth, alias expansion).
        case limit
    }
}

/// A 1-based line and 0-based byte offset from the start of that line, where a node or token begins.
struct YAMLMark: Hashable, Sendable {
    /// 1-based line.
    var line: Int
    /// 0-based column in UTF-8 bytes.
    var column: Int

    /// The position as the diagnostics print it (1-based column).
    var position: JSONPosition { JSONPosition(line: line, column: column + 1) }

    /// "line 3, column 7".
    var description: String { "line \(line), column \(column + 1)" }
}
