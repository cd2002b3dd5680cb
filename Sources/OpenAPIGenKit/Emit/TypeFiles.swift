/// How the top-level types are spread over several files, so that the compiler can work on them in parallel
/// (SwiftPM's debug builds compile a target's files in as many batches as there are cores) and a change to one
/// schema recompiles only the file that holds it.
///
/// The number of files and their names are fixed (the build plugin must name its outputs before generating),
/// and each type's file depends only on its own name: a 64-bit FNV-1a hash of the name's UTF-8 bytes, modulo
/// the number of files. So adding, removing or editing one schema changes only the file that holds it; no other
/// type moves. A file that no type falls in holds only the header and a comment.
enum TypeFiles {
    /// How many files the types are spread over.
    static let count = 8

    /// `Types.swift`, `Types1.swift`, … `Types7.swift`, in this order (which is also name order).
    static let names = ["Types.swift"] + (1..<count).map { "Types\($0).swift" }

    /// The index (0 ..< `count`) of the file that holds the top-level type `name`.
    static func index(of name: String) -> Int {
        Int(FNV1a.extend(FNV1a.offsetBasis, with: name.utf8) % UInt64(count))
    }

    /// `types` split by file, each part in the order of `types`.
    static func split(_ types: [TypeDecl]) -> [[TypeDecl]] {
        var parts = Array(repeating: [TypeDecl](), count: count)
        for type in types { parts[index(of: type.name)].append(type) }
        return parts
    }
}
