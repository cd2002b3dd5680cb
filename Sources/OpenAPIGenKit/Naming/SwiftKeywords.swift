/// Words Swift reserves, and names the generated code itself uses.
enum SwiftKeywords {
    /// Keywords that need backticks wherever they stand as a bare identifier (but not after a dot).
    static let reserved: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows", "static",
        "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do", "else",
        "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while", "Any", "as",
        "await", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try", "_",
    ]

    /// Names that cannot be used even with backticks in some positions (`x.self`, `T.Type`, `init`), or that
    /// would clash with members every generated type has; they get a leading underscore.
    static let unusableMembers: Set<String> = [
        "self", "Self", "Type", "Protocol", "init", "deinit", "subscript", "super", "hashValue", "_",
    ]

    /// Type names that cannot name a user type, or that the generated module already declares: the module names,
    /// the names `Client.swift` declares, and every file-scope name of the runtime (read from its source files when
    /// the runtime is embedded, so this list cannot drift from it).
    static let reservedTypeNames = Set([
        "Type", "Protocol", "Self", "Any", "Swift", "Foundation", "FoundationNetworking", "Client", "Server", "CodingKeys",
        "APIProtocol",
    ]).union(Runtime.embedded.topLevelNames).union(shadowingTypeNames)

    /// Names of standard library and Foundation types that code importing the generated module writes
    /// unqualified (`catch let error as Error`, `Result<…>`, `Task { }`, `Data()`, `URL(string:)`). A top-level
    /// generated type of that name would take its place in every file of the user's target, so a component schema
    /// of such a name gets the suffix `Model` (`Error` → `ErrorModel`) and no other generated type takes it.
    static let shadowingTypeNames: Set<String> = [
        "Array", "AttributedString", "Bool", "Calendar", "Character", "CharacterSet", "Codable", "Data", "Date",
        "DateComponents", "Decimal", "Decodable", "Dictionary", "Double", "Duration", "Encodable", "Equatable", "Error",
        "Float", "Hashable", "Identifiable", "IndexSet", "Int", "Int32", "Int64", "JSONDecoder", "JSONEncoder", "Locale",
        "Measurement", "Never", "Notification", "Optional", "Range", "Result", "Sendable", "Set", "String", "Task",
        "TimeZone", "UInt", "URL", "URLRequest", "URLSession", "UUID", "Void",
    ]
}
