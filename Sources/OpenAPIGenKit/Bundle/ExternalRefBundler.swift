#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Bundles a document that uses external file references (`other.json`, `other.json#/Pointer`,
/// `schemas/pet.json`, and references inside those files) into one self-contained document.
///
/// References are resolved relative to the file they are written in, to any depth. A schema reached
/// through an external reference becomes a component (`#/components/schemas/<name>`, named after its
/// pointer's last token or its file name) so it is generated once and can be recursive; anything else
/// (paths, operations, parameters, responses) is inlined. Only files inside the root document's folder are
/// read, and those inside the trusted `referenceRoot` folder when one is given (`--ref-root`): a reference that
/// leaves them, or a remote `http(s)://` reference, is an error at the `$ref`.
struct ExternalRefBundler {
    /// The bundled document, the files it read, and where each part came from.
    struct Output {
        var root: JSONValue
        var origins: OriginMap
        var externalSources: [SpecSource]
    }

    private let rootFile: SpecFile
    private let rootFolder: URL?
    /// A further folder whose files references may read (`--ref-root`), or nil.
    private let referenceRoot: URL?
    private let read: @Sendable (URL) -> Data?
    private var diagnostics = DiagnosticBag()
    private var loaded: [String: JSONValue?] = [:]
    private var externalSources: [SpecSource] = []
    private var hoisted: [String: String] = [:]
    private var takenNames: Set<String>
    private var newComponents: [(name: String, value: JSONValue)] = []
    private var origins: OriginMap
    private var inlining: [String] = []
    /// The root document, for `$anchor` references inside it.
    private let rootValue: JSONValue
    /// `$anchor` name → its object's pointer, per file (display path), built once per file.
    private var anchorIndexes: [String: [String: JSONPointer]] = [:]

    /// Bundles `root`, the loaded document of `file`. Returns `root` unchanged when it has no external reference.
    static func bundle(_ root: JSONValue, file: SpecFile, referenceRoot: URL? = nil, read: @escaping @Sendable (URL) -> Data?, diagnostics: inout DiagnosticBag) -> Output {
        guard mayHaveExternalReference(root) else {
            return Output(root: root, origins: OriginMap(defaultFile: file.displayPath), externalSources: [])
        }
        var bundler = ExternalRefBundler(root: root, file: file, referenceRoot: referenceRoot, read: read)
        let bundled = bundler.walk(root, in: file, at: .root, output: .root, context: .other)
        diagnostics.append(contentsOf: bundler.diagnostics)
        return Output(root: bundler.addComponents(to: bundled), origins: bundler.origins, externalSources: bundler.externalSources)
    }

    private init(root: JSONValue, file: SpecFile, referenceRoot: URL?, read: @escaping @Sendable (URL) -> Data?) {
        self.rootFile = file
        self.rootValue = root
        self.rootFolder = file.url?.deletingLastPathComponent()
        self.referenceRoot = referenceRoot?.standardizedFileURL
        self.read = read
        self.origins = OriginMap(defaultFile: file.displayPath)
        self.takenNames = Set(root.value(at: JSONPointer(["components", "schemas"]))?.objectValue?.keys ?? [])
    }

    /// Whether any `$ref` in `value` is something other than a JSON pointer into the same file (`#/…`): another file,
    /// or a 3.1 `$anchor` (`#name`), which the walk resolves. A read-only
    /// walk with an explicit stack: most documents are one file, and copying them node by node with a pointer per
    /// node cost a tenth of the generation time. `$ref`s inside examples count too, so the answer errs towards the
    /// full walk, which knows where references are data.
    static func mayHaveExternalReference(_ value: JSONValue) -> Bool {
        var pending = [value]
        while let next = pending.popLast() {
            switch next {
            case .object(let object):
                for (key, member) in object.members {
                    if key == "$ref", case .string(let ref) = member, ref != "#", !ref.hasPrefix("#/") { return true }
                    if case .object = member { pending.append(member) } else if case .array = member { pending.append(member) }
                }
            case .array(let array):
                pending.append(contentsOf: array)
            default:
                break
            }
        }
        return false
    }

    // MARK: - Walking

    /// Copies `value` (found in `file` at `pointer`, placed at `output` in the bundle), replacing external references.
    private mutating func walk(_ value: JSONValue, in file: SpecFile, at pointer: JSONPointer, output: JSONPointer, context: BundleContext) -> JSONValue {
        switch value {
        case .object(let object):
            if context != .data, let ref = object["$ref"]?.stringValue {
                guard let replaced = reference(ref, in: file, at: pointer, output: output, context: context) else { return value }
                // Keywords next to a `$ref` (which OpenAPI 3.1 schemas may have) stay next to the reference that replaces it.
                guard case .object(var result) = replaced, result["$ref"] != nil, object.keys.count > 1 else { return replaced }
                for (key, member) in object.members where key != "$ref" {
                    result.set(key, walk(member, in: file, at: pointer.appending(key), output: output.appending(key), context: context.child(key)))
                }
                return .object(result)
            }
            var copy = JSONObject()
            for (key, member) in object.members {
                copy.set(key, walk(member, in: file, at: pointer.appending(key), output: output.appending(key), context: context.child(key)))
            }
            return .object(copy)
        case .array(let array):
            guard context != .data else { return value }
            return .array(array.enumerated().map { walk($0.element, in: file, at: pointer.appending($0.offset), output: output.appending($0.offset), context: context.child(nil)) })
        default:
            return value
        }
    }

    /// What replaces `{"$ref": ref}`; nil keeps the reference as it is (a local reference in the root file).
    private mutating func reference(_ ref: String, in file: SpecFile, at pointer: JSONPointer, output: JSONPointer, context: BundleContext) -> JSONValue? {
        let refPointer = pointer.appending("$ref")
        if ref.hasPrefix("http://") || ref.hasPrefix("https://") || ref.hasPrefix("//") {
            error("remote reference '\(ref)' is not allowed; only files inside the spec folder are read", file, refPointer)
            return .object(JSONObject())
        }
        let parts = ref.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts.first ?? "")
        let fragmentText = parts.count > 1 ? String(parts[1]) : ""
        // `#name` names an `$anchor` (JSON Schema 2020-12, OpenAPI 3.1) in the target document.
        let anchor = JSONPointer(fragment: fragmentText) == nil && Self.isAnchorName(fragmentText) ? fragmentText : nil
        guard var fragment = anchor == nil ? JSONPointer(fragment: fragmentText) : .root else {
            error("reference '\(ref)' has an invalid JSON pointer after '#'", file, refPointer)
            return .object(JSONObject())
        }
        let target: SpecFile
        if path.isEmpty {
            if file.displayPath == rootFile.displayPath {
                guard let anchor else { return nil }
                guard let pointer = anchorPointer(anchor, in: rootValue, file: rootFile, ref: ref, at: refPointer, referrer: file) else { return .object(JSONObject()) }
                return .object(JSONObject(["$ref": .string(pointer.description)]))
            }
            target = file
        } else {
            guard let resolved = file.resolving(path) else {
                error("reference '\(ref)' points to another file, but this document was not read from a file", file, refPointer)
                return .object(JSONObject())
            }
            guard let rootFolder, resolved.isInside(rootFolder) || referenceRoot.map(resolved.isInside) == true else {
                error(leavesFolderMessage(ref, target: resolved), file, refPointer)
                return .object(JSONObject())
            }
            target = resolved
        }
        if target.url == rootFile.url, target.displayPath == rootFile.displayPath {
            return .object(JSONObject(["$ref": .string(fragment.description)]))
        }
        guard let document = load(target, referencedAt: refPointer, in: file) else { return .object(JSONObject()) }
        if let anchor {
            guard let pointer = anchorPointer(anchor, in: document, file: target, ref: ref, at: refPointer, referrer: file) else { return .object(JSONObject()) }
            fragment = pointer
        }
        guard let value = document.value(at: fragment) else {
            error("unresolved reference '\(ref)': \(target.displayPath) has no \(fragment)", file, refPointer)
            return .object(JSONObject())
        }
        let key = target.displayPath + fragment.description
        if context == .schema {
            return .object(JSONObject(["$ref": .string(hoist(value, key: key, file: target, at: fragment).description)]))
        }
        if inlining.contains(key) {
            error("reference loop: \((inlining + [key]).joined(separator: " → "))", file, refPointer)
            return .object(JSONObject())
        }
        inlining.append(key)
        defer { inlining.removeLast() }
        origins.record(output, file: target.displayPath, sourcePointer: fragment)
        return walk(value, in: target, at: fragment, output: output, context: context)
    }

    /// The component pointer of an external schema, adding the component the first time.
    private mutating func hoist(_ value: JSONValue, key: String, file: SpecFile, at pointer: JSONPointer) -> JSONPointer {
        if let name = hoisted[key] { return JSONPointer(["components", "schemas", name]) }
        let base = pointer.tokens.last ?? PathText.withoutExtension(PathText.fileName(of: file.displayPath))
        var name = base.isEmpty ? "Schema" : base
        var counter = 2
        while takenNames.contains(name) {
            name = "\(base)\(counter)"
            counter += 1
        }
        takenNames.insert(name)
        hoisted[key] = name
        let output = JSONPointer(["components", "schemas", name])
        origins.record(output, file: file.displayPath, sourcePointer: pointer)
        let bundled = walk(value, in: file, at: pointer, output: output, context: .schema)
        newComponents.append((name, bundled))
        return output
    }

    /// The parsed contents of `file`, loading it once; nil (after a diagnostic) when it cannot be read.
    private mutating func load(_ file: SpecFile, referencedAt pointer: JSONPointer, in referrer: SpecFile) -> JSONValue? {
        if let cached = loaded[file.displayPath] { return cached }
        guard let url = file.url, let data = read(url) else {
            error("cannot read '\(file.displayPath)', which this reference names", referrer, pointer)
            loaded[file.displayPath] = .some(nil)
            return nil
        }
        externalSources.append(SpecSource(displayPath: file.displayPath, data: data, url: url))
        let value = DocumentLoader.load(data, file: file.displayPath, diagnostics: &diagnostics)
        loaded[file.displayPath] = .some(value)
        return value
    }

    private mutating func error(_ message: String, _ file: SpecFile, _ pointer: JSONPointer) {
        diagnostics.append(Diagnostic(.error, message, file: file.displayPath, pointer: pointer))
    }

    /// The pointer of the object whose `$anchor` is `anchor` in `document` (the contents of `file`); nil after an
    /// error at the reference when there is none.
    private mutating func anchorPointer(_ anchor: String, in document: JSONValue, file: SpecFile, ref: String, at pointer: JSONPointer, referrer: SpecFile) -> JSONPointer? {
        if anchorIndexes[file.displayPath] == nil {
            var index: [String: JSONPointer] = [:]
            Self.collectAnchors(document, at: .root, into: &index)
            anchorIndexes[file.displayPath] = index
        }
        guard let found = anchorIndexes[file.displayPath]?[anchor] else {
            error("unresolved reference '\(ref)': \(file.displayPath) has no '$anchor' named '\(anchor)'", referrer, pointer)
            return nil
        }
        return found
    }

    /// Every `$anchor` in `value` with the pointer of the object that declares it; the first declaration wins.
    private static func collectAnchors(_ value: JSONValue, at pointer: JSONPointer, into index: inout [String: JSONPointer]) {
        switch value {
        case .object(let object):
            if let name = object["$anchor"]?.stringValue, index[name] == nil { index[name] = pointer }
            for (key, member) in object.members where key != "example" && key != "examples" && key != "default" && key != "const" && key != "enum" {
                collectAnchors(member, at: pointer.appending(key), into: &index)
            }
        case .array(let array):
            for (offset, element) in array.enumerated() { collectAnchors(element, at: pointer.appending(offset), into: &index) }
        default:
            break
        }
    }

    /// Whether `text` can be an `$anchor` name: a letter or `_`, then letters, digits, `-`, `_`, `.` and `:`.
    private static func isAnchorName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || first.properties.isAlphabetic && first.isASCII else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.:".unicodeScalars.contains($0)) }
    }

    /// `root` with the hoisted schemas added to `components.schemas`.
    private func addComponents(to root: JSONValue) -> JSONValue {
        guard !newComponents.isEmpty, var object = root.objectValue else { return root }
        var components = object["components"]?.objectValue ?? JSONObject()
        var schemas = components["schemas"]?.objectValue ?? JSONObject()
        for component in newComponents { schemas.set(component.name, component.value) }
        components.set("schemas", .object(schemas))
        object.set("components", .object(components))
        return .object(object)
    }

    /// Why a reference to a file outside the allowed folders is refused, and what the user can do.
    private func leavesFolderMessage(_ ref: String, target: SpecFile) -> String {
        let folder = PathText.folder(of: rootFile.displayPath)
        let exists = target.url.map { FileManager.default.fileExists(atPath: $0.path) } ?? false
        let allowed = referenceRoot == nil ? "" : " or the --ref-root folder"
        return "reference '\(ref)' leaves the spec folder\(folder.isEmpty ? "" : " '\(folder)'")\(allowed): \(target.displayPath)"
            + (exists ? " is outside it" : " is outside it and does not exist")
            + "; only files inside the spec folder are read (copy the file into it, or allow a folder you trust with --ref-root DIR)"
    }
}
