import Foundation

/// The files a spec reaches through relative `$ref`s (`common.json#/Money`, `schemas/pet.yaml`), followed
/// recursively through JSON and YAML files, so the build plugin can declare them as inputs. This only finds file names; resolving and
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
            guard let data = FileManager.default.contents(atPath: file.path) else { continue }
            for reference in references(in: data, of: file) {
                guard let target = resolve(reference, from: file), target.path.hasPrefix(root),
                      FileManager.default.fileExists(atPath: target.path), seen.insert(target.path).inserted else { continue }
                found.append(target)
                pending.append(target)
            }
        }
        return found.sorted { $0.path < $1.path }
    }

    /// The `$ref` values of a JSON or YAML file (by extension: `.yaml`/`.yml` are YAML).
    static func references(in data: Data, of file: URL) -> [String] {
        let fileExtension = file.pathExtension.lowercased()
        if fileExtension == "yaml" || fileExtension == "yml" { return yamlReferences(in: data) }
        guard let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return [] }
        return references(in: json)
    }

    /// The values written after `$ref:` in YAML text (`$ref: a.yaml`, `"$ref": "b.json#/X"`, `{$ref: 'c.yml'}`),
    /// found by reading the text rather than parsing it: the plugin cannot use the generator's YAML reader. A
    /// value found in a comment or a string only adds an input, which is harmless.
    static func yamlReferences(in data: Data) -> [String] {
        let bytes = [UInt8](data)
        let marker = Array("$ref".utf8)
        var found: [String] = []
        var index = 0
        func skipBlanks() { while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 } }
        while index + marker.count <= bytes.count {
            guard bytes[index..<(index + marker.count)].elementsEqual(marker) else {
                index += 1
                continue
            }
            index += marker.count
            if index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") { index += 1 }
            skipBlanks()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { continue }
            index += 1
            skipBlanks()
            guard index < bytes.count else { break }
            var value: [UInt8] = []
            let quote = bytes[index]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                index += 1
                while index < bytes.count, bytes[index] != quote, bytes[index] != 0x0A {
                    value.append(bytes[index])
                    index += 1
                }
            } else {
                let stops: Set<UInt8> = [0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]")]
                while index < bytes.count, !stops.contains(bytes[index]) {
                    if bytes[index] == UInt8(ascii: "#"), index > 0, bytes[index - 1] == 0x20 || bytes[index - 1] == 0x09 { break }
                    value.append(bytes[index])
                    index += 1
                }
                while let last = value.last, last == 0x20 || last == 0x09 { value.removeLast() }
            }
            if !value.isEmpty { found.append(String(decoding: value, as: UTF8.self)) }
        }
        return found
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
