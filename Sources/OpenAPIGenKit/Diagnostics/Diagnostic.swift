/// One finding about a spec, printed in the compiler's format so that SwiftPM and editors show it:
/// `specs/Pets/openapi.json:12:5: error: unresolved reference '#/components/schemas/Pet' [#/paths/~1pets/get]`.
public struct Diagnostic: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// How serious a finding is. Errors stop generation; warnings do not.
    public enum Severity: String, Hashable, Sendable {
        case error, warning, note
    }

    /// Error, warning or note.
    public var severity: Severity
    /// One plain sentence, without a trailing period.
    public var message: String
    /// The file as the user named it (relative to the working directory where possible).
    public var file: String
    /// Where in the document the finding is; nil for findings about the file as a whole.
    public var pointer: JSONPointer?
    /// 1-based line of the node `pointer` names, when known.
    public var line: Int?
    /// 1-based column of the node `pointer` names, when known.
    public var column: Int?

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ message: String, file: String, pointer: JSONPointer? = nil, line: Int? = nil, column: Int? = nil) {
        self.severity = severity
        self.message = message
        self.file = file
        self.pointer = pointer
        self.line = line
        self.column = column
    }

    /// `file:line:col: severity: message [pointer]`.
    public var description: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        text += ": \(severity.rawValue): \(message)"
        if let pointer { text += " [\(pointer)]" }
        return text
    }

    /// Orders by file, then position, then pointer, then text, so output is stable.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if (lhs.line ?? 0) != (rhs.line ?? 0) { return (lhs.line ?? 0) < (rhs.line ?? 0) }
        if (lhs.column ?? 0) != (rhs.column ?? 0) { return (lhs.column ?? 0) < (rhs.column ?? 0) }
        let lp = lhs.pointer ?? .root, rp = rhs.pointer ?? .root
        if lp != rp { return lp < rp }
        return lhs.message < rhs.message
    }
}
