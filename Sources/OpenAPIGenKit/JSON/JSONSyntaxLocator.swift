#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Finds where a JSON text first goes wrong: the line, the column (in UTF-8 bytes) and a plain reason.
///
/// `JSONReader` does the work (it reads and checks in the same pass); this is the question asked on its own.
enum JSONSyntaxLocator {
    /// The position and a plain description of the first syntax error.
    struct Fault: Equatable {
        var line: Int
        var column: Int
        var reason: String
    }

    /// The first fault in `data` (syntax, encoding or nesting deeper than `JSONLoader.maximumDepth`), or nil
    /// when it is valid JSON.
    static func firstError(in data: Data) -> Fault? {
        JSONReader.read(data).fault.map { Fault(line: $0.line, column: $0.column, reason: $0.reason) }
    }
}
