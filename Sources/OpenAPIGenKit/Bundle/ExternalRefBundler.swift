import Foundation

/// Bundles a document that uses external file references (`other.json`, `other.json#/Pointer`,
/// `schemas/pet.json`, and references inside those files) into one self-contained document.
///
/// References are resolved relative to the file they are written in, to any depth. A schema reached
/// through an external reference becomes a component (`#/components/schemas/<name>`, named after its
/// pointer's last token or its file name) so it is generated once and can be recursive; anything else
/// (paths, operations, parameters, responses) is inlined. Only files inside the root document's folder are
/// read: a reference that leaves it, or a remote `http(s)://` reference, is an error at the `$ref`.
struct ExternalRefBundler {
    /// The bundled document, the files it read, and where each part came from.
    struct Output {
        var root: JSONValue
        var origins: OriginMap
        var externalSources: [SpecSource]
    }

    private let rootFile: SpecFile
    private let rootFolder: URL?
    private let read: @Sendable (URL) -> Data?
    private var diagnostics = DiagnosticBag()
    private var loaded: [String: JSONValue?] = [:]
    private var externalSources: [SpecSource] = []
    private var hoisted: [String: String] = [:]
    private var takenNames: Set<String>
    private var newComponents: [(name: String, value: JSONValue)] = []
    private var origins: OriginMap
    private var inlining: [String] = []

    /// Bundles `root`, the loaded document of `file`. Returns `root` unchanged when it has no external reference.
    static func bundle(_ root: JSONValue, file: SpecFile, read: @escaping @Sendable (URL) -> Data?, diagnostics: inout DiagnosticBag) -> Output {
        var bundler = ExternalRefBundler(root: root, file: file, read: read)
        let bundled = bundler.walk(root, in: file, at: .root, output: .root, context: .other)
        diagnostics.append(contentsOf: bundler.diagnostics)
        return Output(root: bundler.addComponents(to: bundled), origins: bundler.origins, externalSources: bundler.externalSources)
    }

    private init(root: JSONValue, file: SpecFile, read: @escaping @Sendable (URL) -> Data?) {
        self.rootFile = file
        self.rootFolder = file.url?.deletingLastPathComponent()
        self.read = read
        self.origins = OriginMap(defaultFile: file.displayPath)
        self.takenNames = Set(root.value(at: JSONPointer(["components", "schemas"]))?.objectValue?.keys ?? [])
    }

    // MARK: - Walking

    /// Copies `value` (found in `file` at `pointer`, placed at `output` in the bundle), replacing external references.
    private mutating func walk(_ value: JSONValue, in file: SpecFile, at pointer: JSONPointer, output: JSONPointer, context: BundleContext) -> JSONValue {
        switch value {
        case .object(let object):
            if context != .data, let ref = object["$ref"]?.stringValue {
                return reference(ref, in: file, at: pointer, output: output, context: context) ?? value
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
        guard let fragment = JSONPointer(fragment: parts.count > 1 ? String(parts[1]) : "") else {
            error("reference '\(ref)' has an invalid JSON pointer after '#'", file, refPointer)
            return .object(JSONObject())
        }
        let target: SpecFile
        if path.isEmpty {
            if file.displayPath == rootFile.displayPath { return nil }
            target = file
        } else {
            guard let resolved = file.resolving(path) else {
                error("reference '\(ref)' points to another file, but this document was not read from a file", file, refPointer)
                return .object(JSONObject())
            }
            guard let rootFolder, resolved.isInside(rootFolder) else {
                error("reference '\(ref)' leaves the spec folder; only files inside it are read", file, refPointer)
                return .object(JSONObject())
            }
            target = resolved
        }
        if target.url == rootFile.url, target.displayPath == rootFile.displayPath {
            return .object(JSONObject(["$ref": .string(fragment.description)]))
        }
        guard let document = load(target, referencedAt: refPointer, in: file) else { return .object(JSONObject()) }
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
        let base = pointer.tokens.last ?? ((file.displayPath as NSString).lastPathComponent as NSString).deletingPathExtension
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
}
