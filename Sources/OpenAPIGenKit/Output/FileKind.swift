#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What is at a path: a folder or something else (a file, or a link to one).
public enum FileKind: Sendable {
    case folder
    case file

    /// The kind of what `path` names, following symbolic links; nil when nothing is there. One spelling for
    /// `FileManager.fileExists(atPath:isDirectory:)`, whose flag is an `ObjCBool` with Foundation and a `Bool`
    /// with FoundationEssentials.
    public static func at(_ path: String) -> FileKind? {
        #if canImport(FoundationEssentials)
        var isFolder = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
        return isFolder ? .folder : .file
        #else
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
        return isFolder.boolValue ? .folder : .file
        #endif
    }
}
