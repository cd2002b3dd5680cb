import Foundation

/// The files a spec reaches through relative `$ref`s (`common.json#/Money`, `schemas/pet.json`), followed
/// recursively, so the build plugin can declare them as inputs. This only finds file names; resolving and
/// reporting bad references is the generator's job.
enum ReferencedFiles {
    /// Existing files under the spec's folder that `spec` reaches, directly or through other files, sorted by path.
    /// References to other places (`#/…`, `http(s)://…`, files outside the folder) are ignored.
    static func of(_ spec: URL) -> [URL] {
        let spec = spec.standardizedFileURL
        let root = spec.deletingLastPathComponent().path.hasSuffix("/")
            ? spec.deletingLastPathComponent().path : spec.deletingLastPathComponent().path + "/"
        var seen: Set<String> = [spec.path]
        var found: [URL] = []
        var pending = [spec]
        while let file = pending.popLast() {
            guard let data = FileManager.default.contents(atPath: file.path),
                  let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            for reference in references(in: json) {
                guard let target = resolve(reference, from: file), target.path.hasPrefix(root),
                      FileManager.default.fileExists(atPath: target.path), seen.insert(target.path).inserted else { continue }
                found.append(target)
                pending.append(target)
            }
        }
        return found.sorted { $0.path < $1.path }
    }

    /// Every `$ref` string value in a `JSONSerialization` tree.
    static func references(in json: Any) -> [String] {
        if let object = json as? [String: Any] {
            let own = (object["$ref"] as? String).map { [$0] } ?? []
            return own + object.filter { $0.key != "$ref" }.values.flatMap(references(in:))
        }
        if let array = json as? [Any] { return array.flatMap(references(in:)) }
        return []
    }

    /// The file `reference` names, relative to the file that holds it; nil for local and remote references.
    static func resolve(_ reference: String, from file: URL) -> URL? {
        let path = String(reference.prefix { $0 != "#" })
        guard !path.isEmpty, !path.contains("://") else { return nil }
        let decoded = path.removingPercentEncoding ?? path
        return URL(fileURLWithPath: decoded, relativeTo: file.deletingLastPathComponent()).standardizedFileURL
    }
}
