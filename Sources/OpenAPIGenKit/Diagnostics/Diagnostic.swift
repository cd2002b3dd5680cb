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
    /// For a mistake read leniently (a warning that says what was assumed), which kind it is: strict mode makes
    /// these errors, and the warning summary counts them by kind. Nil for every other finding.
    public internal(set) var leniency: Leniency?
    /// The message strict mode uses for a lenient warning.
    var strictMessage: String?

    /// Creates a diagnostic. A message longer than `maximumMessageLength` (it may quote a hostile value) keeps
    /// its beginning and end, with the middle replaced by `…`.
    public init(_ severity: Severity, _ message: String, file: String, pointer: JSONPointer? = nil, line: Int? = nil, column: Int? = nil) {
        self.severity = severity
        self.message = Self.abbreviated(message, limit: Self.maximumMessageLength)
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
        if let pointer { text += " [\(Self.printable(pointer))]" }
        return text
    }

    /// The longest message kept whole, in Unicode scalars.
    public static let maximumMessageLength = 1_000

    /// The longest pointer token printed whole, in Unicode scalars; longer tokens are abbreviated with `…`.
    public static let maximumPrintedTokenLength = 200

    /// `text` when it has at most `limit` Unicode scalars; otherwise its first and last `limit / 2` scalars
    /// joined by `…`.
    static func abbreviated(_ text: String, limit: Int) -> String {
        guard text.utf8.count > limit else { return text }
        let scalars = text.unicodeScalars
        guard scalars.count > limit else { return text }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars.prefix(limit / 2))
        result.append("…")
        result.append(contentsOf: scalars.suffix(limit / 2))
        return String(result)
    }

    /// `pointer` as text, with very long tokens (a hostile 50 MB member name) abbreviated.
    static func printable(_ pointer: JSONPointer) -> String {
        guard pointer.tokens.contains(where: { $0.utf8.count > maximumPrintedTokenLength }) else { return pointer.description }
        return JSONPointer(pointer.tokens.map { abbreviated($0, limit: maximumPrintedTokenLength) }).description
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
