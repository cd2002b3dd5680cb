#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The format of a spec document, which decides its loader: `.yaml` and `.yml` files are YAML, `.json` files
/// JSON, and any other file is JSON when its first character (after a byte order mark and white space) is
/// `{` or `[`, YAML otherwise. `openapi-gen.json` is always JSON and does not go through here.
public enum DocumentFormat: String, Hashable, Sendable {
    case json = "JSON"
    case yaml = "YAML"

    /// The format of the file shown as `path` with contents `data`.
    public static func of(path: String, data: Data) -> DocumentFormat {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml") { return .yaml }
        if lowered.hasSuffix(".json") { return .json }
        for byte in data.prefix(4_096) {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF: continue
            case UInt8(ascii: "{"), UInt8(ascii: "["): return .json
            default: return JSONLoader.wideEncoding(of: data) == nil ? .yaml : .json
            }
        }
        return .json
    }

    /// Whether a file name is one of the document extensions read from `specs/<Name>/` folders.
    public static func isDocumentName(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return lowered.hasSuffix(".json") || lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml")
    }
}

/// Loads a spec document in the format `DocumentFormat` finds.
public enum DocumentLoader {
    /// Parses `data`, named `file` in diagnostics, as JSON or YAML.
    public static func load(_ data: Data, file: String, diagnostics: inout DiagnosticBag) -> JSONValue? {
        switch DocumentFormat.of(path: file, data: data) {
        case .json: return JSONLoader.load(data, file: file, diagnostics: &diagnostics)
        case .yaml: return YAMLLoader.load(data, file: file, diagnostics: &diagnostics)
        }
    }
}
