/// The parts of a `/`-separated path as text, the way a spec's display path is split for messages and names.
/// Plain string work, so the generator needs no `NSString`: the folder of `a/b/c.json` is `a/b`, its file name
/// `c.json`, and that name without its extension `c`.
enum PathText {
    /// Everything before the last component: `a/b/c.json` → `a/b`, `c.json` → ``, `/c.json` → `/`.
    static func folder(of path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        let folder = withoutTrailingSlashes(String(trimmed[..<slash]))
        return folder.isEmpty && path.hasPrefix("/") ? "/" : folder
    }

    /// The last component: `a/b/c.json` → `c.json`, `a/b/` → `b`.
    static func fileName(of path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        guard let slash = trimmed.lastIndex(of: "/") else { return trimmed }
        return String(trimmed[trimmed.index(after: slash)...])
    }

    /// `name` without its last `.extension`; a name that only starts with a dot (`.hidden`) keeps it.
    static func withoutExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// `path` without trailing slashes, except that `/` stays `/`.
    private static func withoutTrailingSlashes(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.utf8.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        return String(trimmed)
    }
}
