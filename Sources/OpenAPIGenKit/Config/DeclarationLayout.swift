/// Applies `access` and `namespace` from the config to emitted files.
///
/// With a namespace, `Types.swift` declares `public enum <Namespace> {}` and every file puts its declarations
/// in `extension <Namespace> { … }`, so that several APIs can share one target without clashing. The only
/// declarations left at file scope are the runtime's marker conformances of standard types
/// (`extension Swift.String: <Namespace>.ParameterValue {}`), which Swift does not allow inside a type.
enum DeclarationLayout {
    /// `files` with the access level and namespace applied.
    static func apply(access: AccessLevel, namespace: String?, title: String, to files: [GeneratedFile]) -> [GeneratedFile] {
        files.map { file in
            var contents = file.contents
            if let namespace { contents = wrap(contents, in: namespace, declaresNamespace: file.name == "Types.swift", title: title) }
            if access != .public { contents = replacePublic(in: contents, with: access) }
            return GeneratedFile(name: file.name, contents: contents)
        }
    }

    /// Moves everything after the header and imports into `extension namespace { }`.
    private static func wrap(_ contents: String, in namespace: String, declaresNamespace: Bool, title: String) -> String {
        let lines = contents.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let bodyStart = (lines.lastIndex { $0.hasPrefix("import ") || $0 == "#endif" } ?? -1) + 1
        var head = Array(lines[..<bodyStart])
        var inside: [String] = []
        var fileScope: [String] = []
        for line in lines[bodyStart...] {
            if line.hasPrefix("extension "), line.hasSuffix(": ParameterValue {}") {
                fileScope.append(line.replacingOccurrences(of: ": ParameterValue {}", with: ": \(namespace).ParameterValue {}")
                    .replacingOccurrences(of: "extension OpenAPIDate:", with: "extension \(namespace).OpenAPIDate:"))
            } else {
                inside.append(line.isEmpty ? "" : "    " + line)
            }
        }
        while inside.first?.isEmpty == true { inside.removeFirst() }
        while inside.last?.isEmpty == true { inside.removeLast() }
        head.append("")
        if declaresNamespace {
            head += ["/// The declarations generated for \(title).", "public enum \(namespace) {}", ""]
        }
        var result = head + ["extension \(namespace) {"] + inside + ["}"]
        if !fileScope.isEmpty { result += [""] + fileScope }
        return result.joined(separator: "\n") + "\n"
    }

    /// Replaces the `public` that starts a declaration line with `access`.
    private static func replacePublic(in contents: String, with access: AccessLevel) -> String {
        contents.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let trimmed = line.drop { $0 == " " }
            guard trimmed.hasPrefix("public ") else { return String(line) }
            return String(line.prefix(line.count - trimmed.count)) + access.rawValue + " " + trimmed.dropFirst("public ".count)
        }.joined(separator: "\n")
    }
}
