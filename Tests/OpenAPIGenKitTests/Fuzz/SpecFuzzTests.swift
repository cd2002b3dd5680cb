import Foundation
import XCTest
@testable import OpenAPIGenKit

/// A bounded, deterministic fuzz of the whole pipeline over the seed specs in `specs/`.
///
/// Each case takes one API, mutates one of its files (byte flips, truncations, a value swapped for another
/// kind, `$ref`s rewritten to missing, self, outside or remote targets, required members deleted, keys
/// renamed to awkward text) and runs `Pipeline.generate`. The generator must never crash or hang, must either
/// succeed or report at least one error, and every diagnostic must name its file, say something, and carry a
/// line wherever it has a pointer into a file that is valid JSON.
///
/// The cases come from a seeded generator, so every run checks the same inputs; `SpecFuzz.caseCount` and
/// `SpecFuzz.seed` choose them.
final class SpecFuzzTests: XCTestCase {
    func testMutatedSeedSpecsNeverCrashAndAlwaysExplainFailures() throws {
        let apis = try SpecFuzz.seedAPIs()
        XCTAssertFalse(apis.isEmpty, "no seed specs found in \(SpecFuzz.packageRoot.appendingPathComponent("specs").path)")
        var random = SplitMix64(seed: SpecFuzz.seed)
        var succeeded = 0, failed = 0
        var firstMessages: [String: Int] = [:]
        var slowest: (seconds: Double, label: String) = (0, "")
        // `SPEC_FUZZ_VERBOSE=1` prints each case before it runs, to find one that crashes; `SPEC_FUZZ_DUMP=<n>`
        // also writes case n's documents to a temporary folder, to reproduce it with the binary.
        let environment = ProcessInfo.processInfo.environment
        let verbose = environment["SPEC_FUZZ_VERBOSE"] == "1"
        let dump = environment["SPEC_FUZZ_DUMP"].flatMap { Int($0) }
        for index in 0..<SpecFuzz.caseCount {
            let fuzzCase = SpecFuzz.makeCase(index, apis: apis, random: &random)
            if verbose { FileHandle.standardError.write(Data("SpecFuzz: running \(fuzzCase.label)\n".utf8)) }
            if index == dump {
                let folder = FileManager.default.temporaryDirectory.appendingPathComponent("openapi-gen-fuzz-case-\(index)")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                for source in fuzzCase.sources {
                    try source.data.write(to: folder.appendingPathComponent(URL(fileURLWithPath: source.displayPath).lastPathComponent))
                }
                FileHandle.standardError.write(Data("SpecFuzz: case \(index) written to \(folder.path)\n".utf8))
            }
            let start = Date()
            let result = fuzzCase.run()
            let seconds = Date().timeIntervalSince(start)
            if seconds > slowest.seconds { slowest = (seconds, fuzzCase.label) }
            SpecFuzz.check(result, of: fuzzCase)
            if result.succeeded {
                succeeded += 1
            } else {
                failed += 1
                if let first = result.diagnostics.first(where: { $0.severity == .error }) {
                    firstMessages[SpecFuzz.messageKind(first.message), default: 0] += 1
                }
            }
        }
        XCTAssertEqual(succeeded + failed, SpecFuzz.caseCount)
        print("SpecFuzz: \(SpecFuzz.caseCount) cases (seed \(SpecFuzz.seed)): \(succeeded) succeeded, \(failed) failed with diagnostics, "
            + "\(firstMessages.count) distinct first messages; slowest case \(Int(slowest.seconds * 1000)) ms (\(slowest.label))")
        for (kind, count) in firstMessages.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }).prefix(15) {
            print("SpecFuzz:   \(count) × \(kind)")
        }
    }

    /// A sample of the same cases through the real binary: exit 0 or 1, never a crash, a hang or another status.
    func testMutatedSeedSpecsThroughTheBinaryExitZeroOrOne() throws {
        guard let binary = SpecFuzz.executable() else {
            throw XCTSkip("the openapi-gen binary is not built next to the tests; run `swift build` first")
        }
        let apis = try SpecFuzz.seedAPIs()
        var random = SplitMix64(seed: SpecFuzz.seed ^ 0xB1_4A_27)
        var statuses: [Int32: Int] = [:]
        for index in 0..<SpecFuzz.subprocessCaseCount {
            let fuzzCase = SpecFuzz.makeCase(index, apis: apis, random: &random)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("openapi-gen-fuzz-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            let specs = folder.appendingPathComponent("spec")  // also creates `folder`
            try FileManager.default.createDirectory(at: specs, withIntermediateDirectories: true)
            var arguments = ["generate"]
            for source in fuzzCase.sources {
                let name = URL(fileURLWithPath: source.displayPath).lastPathComponent
                try source.data.write(to: specs.appendingPathComponent(name))
                arguments.append("spec/" + name)
            }
            if let config = fuzzCase.config {
                try config.data.write(to: folder.appendingPathComponent("openapi-gen.json"))
                arguments += ["--config", "openapi-gen.json"]
            }
            arguments += ["--output", "Out"]
            let outcome = try SpecFuzz.runProcess(binary, arguments, in: folder, timeout: 60)
            statuses[outcome.status, default: 0] += 1
            XCTAssertFalse(outcome.timedOut, "case \(fuzzCase.label) hung")
            XCTAssertFalse(outcome.crashed, "case \(fuzzCase.label) crashed: \(outcome.stderr.suffix(1_000))")
            XCTAssertTrue([0, 1].contains(outcome.status), "case \(fuzzCase.label) exited \(outcome.status): \(outcome.stderr.prefix(1_000))")
            if outcome.status == 1 {
                XCTAssertFalse(outcome.stderr.isEmpty, "case \(fuzzCase.label) failed silently")
            }
        }
        print("SpecFuzz (binary): \(SpecFuzz.subprocessCaseCount) cases: " + statuses.sorted { $0.key < $1.key }.map { "exit \($0.key) × \($0.value)" }.joined(separator: ", "))
    }
}

// MARK: - Cases

/// The fuzz parameters, the seed APIs and the mutations.
enum SpecFuzz {
    /// How many in-process cases run (about 30 s in a debug build on two cores).
    static let caseCount = 2_000
    /// How many cases also run through the binary.
    static let subprocessCaseCount = 50
    /// The seed of the case generator.
    static let seed: UInt64 = 20_261_124
    /// The package root, four levels above this file.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// One API of `specs/`: its documents and its `openapi-gen.json`, if any.
    struct SeedAPI {
        var name: String
        var sources: [SpecSource]
        var config: SpecSource?
        /// Each document parsed, for the tree mutations.
        var trees: [JSONValue?]
    }

    /// One case: the API's documents with one of them mutated.
    struct Case {
        var label: String
        var sources: [SpecSource]
        var config: SpecSource?

        /// Runs the pipeline. External references are read from the case's own documents only, never from disk.
        func run() -> GenerationResult {
            var files: [String: Data] = [:]
            for source in sources {
                if let url = source.url { files[url.standardizedFileURL.path] = source.data }
            }
            let known = files
            return Pipeline.generate(sources, configSource: config, fileReader: { known[$0.standardizedFileURL.path] })
        }
    }

    static func seedAPIs() throws -> [SeedAPI] {
        let specs = SpecFuzz.packageRoot.appendingPathComponent("specs")
        return try SpecCatalog(specsURL: specs).apis().map { api in
            let sources = try SpecCatalog.sources(api.files, relativeTo: SpecFuzz.packageRoot)
            let configURL = specs.appendingPathComponent(api.name).appendingPathComponent("openapi-gen.json")
            let config = try FileManager.default.fileExists(atPath: configURL.path)
                ? SpecSource(displayPath: "specs/\(api.name)/openapi-gen.json", data: Data(contentsOf: configURL), url: configURL) : nil
            return SeedAPI(name: api.name, sources: sources, config: config, trees: sources.map { JSONReader.read($0.data).value })
        }
    }

    /// Case `index`: a random API, a random document of it, one to three mutations.
    static func makeCase(_ index: Int, apis: [SeedAPI], random: inout SplitMix64) -> Case {
        let api = apis[random.below(apis.count)]
        let fileIndex = random.below(api.sources.count)
        var data = api.sources[fileIndex].data
        var tree = api.trees[fileIndex]
        var names: [String] = []
        for _ in 0..<(1 + random.below(3)) {
            let mutation = Mutation.allCases[random.below(Mutation.allCases.count)]
            names.append(mutation.rawValue)
            mutation.apply(to: &data, tree: &tree, random: &random)
        }
        var sources = api.sources
        sources[fileIndex].data = data
        let label = "#\(index) \(api.name)/\(URL(fileURLWithPath: api.sources[fileIndex].displayPath).lastPathComponent) \(names.joined(separator: "+"))"
        return Case(label: label, sources: sources, config: api.config)
    }

    /// The properties every result must have.
    static func check(_ result: GenerationResult, of fuzzCase: Case, file: StaticString = #filePath, line: UInt = #line) {
        let label = fuzzCase.label
        let errors = result.diagnostics.filter { $0.severity == .error }
        if result.succeeded {
            XCTAssertEqual(result.files.count, Pipeline.outputFileNames.count, "\(label): succeeded without all files", file: file, line: line)
            for generated in result.files where !generated.contents.hasPrefix(FileHeader.marker) {
                XCTFail("\(label): \(generated.name) lacks the header", file: file, line: line)
            }
        } else {
            XCTAssertFalse(errors.isEmpty, "\(label): failed without an error", file: file, line: line)
            XCTAssertTrue(result.files.isEmpty, "\(label): failed but produced files", file: file, line: line)
        }
        XCTAssertEqual(result.diagnostics, result.diagnostics.sorted(), "\(label): diagnostics are not sorted", file: file, line: line)
        let validJSON = Dictionary(fuzzCase.sources.map { ($0.displayPath, JSONReader.read(Data($0.data.trimmingUTF8BOM)).fault == nil) }, uniquingKeysWith: { $1 })
        for diagnostic in result.diagnostics {
            XCTAssertFalse(diagnostic.file.isEmpty, "\(label): a diagnostic without a file: \(diagnostic)", file: file, line: line)
            XCTAssertFalse(diagnostic.message.trimmingCharacters(in: .whitespaces).isEmpty, "\(label): an empty message: \(diagnostic)", file: file, line: line)
            XCTAssertLessThanOrEqual(diagnostic.description.utf8.count, 4_000, "\(label): an unbounded diagnostic", file: file, line: line)
            if diagnostic.pointer != nil, validJSON[diagnostic.file] == true {
                XCTAssertNotNil(diagnostic.line, "\(label): a pointer without a line: \(diagnostic)", file: file, line: line)
            }
        }
    }

    /// A message with its quoted parts and numbers blanked, so that messages of one kind count once.
    static func messageKind(_ message: String) -> String {
        var result = ""
        var quote: Character?
        for character in message {
            if let open = quote {
                if character == open { quote = nil; result.append(character) }
                continue
            }
            if character == "'" || character == "\"" {
                quote = character
                result += "\(character)…"
            } else if character.isNumber, !(result.last.map { $0.isLetter || $0 == "-" } ?? false) {
                if result.last != "#" { result.append("#") }
            } else {
                result.append(character)
            }
        }
        return String(result.prefix(160))
    }

    // MARK: Mutations

    enum Mutation: String, CaseIterable {
        case byteFlip, truncation, typeSwap, refRewrite, requiredDeletion, keyRename, stringSwap, nesting

        func apply(to data: inout Data, tree: inout JSONValue?, random: inout SplitMix64) {
            switch self {
            case .byteFlip:
                guard !data.isEmpty else { return }
                for _ in 0..<(1 + random.below(8)) {
                    let index = data.startIndex + random.below(data.count)
                    data[index] ^= UInt8(1 << random.below(8))
                }
                tree = nil
            case .truncation:
                data = data.prefix(random.below(data.count + 1))
                tree = nil
            case .typeSwap, .refRewrite, .requiredDeletion, .keyRename, .stringSwap, .nesting:
                guard var value = tree ?? JSONReader.read(data).value else {
                    // Text that is no longer JSON: cut it somewhere instead.
                    data = data.prefix(random.below(data.count + 1))
                    return
                }
                mutateTree(&value, random: &random)
                tree = value
                data = Data(JSONText.serialize(value).utf8)
            }
        }

        private func mutateTree(_ value: inout JSONValue, random: inout SplitMix64) {
            let nodes = JSONTree.pointers(in: value)
            switch self {
            case .typeSwap:
                let pointer = nodes[random.below(nodes.count)]
                let kinds: [JSONValue] = [.null, .bool(true), .int(42), .int(-1), .double(1.5), .string("x"), .array([]), .object(JSONObject()), .array([.string("x")]), .object(JSONObject(["a": .int(1)]))]
                let current = value.value(at: pointer)
                let others = kinds.filter { $0.kindDescription != current?.kindDescription }
                JSONTree.set(&value, at: pointer, to: others[random.below(others.count)])
            case .refRewrite:
                let refs = nodes.filter { $0.tokens.last == "$ref" }
                let objects = nodes.filter { value.value(at: $0)?.objectValue != nil }
                let pointer: JSONPointer
                if !refs.isEmpty, random.below(4) != 0 {
                    pointer = refs[random.below(refs.count)]
                } else if let object = objects.isEmpty ? nil : objects[random.below(objects.count)] {
                    pointer = object.appending("$ref")
                } else {
                    return
                }
                let owner = pointer.parent ?? .root
                let targets = [
                    "#/components/schemas/DoesNotExist", owner.description, "#", "#/paths", "", "../x.json", "../../etc/passwd#/a",
                    "https://example.com/schemas.json#/components/schemas/A", "http://127.0.0.1:1/x.json", "other.json#/components/schemas/A",
                    "clusters.json#/components/schemas/ClusterResponse", "#/components/schemas/%ZZ", "#/components/schemas/a~2b", "//evil",
                    "file:///etc/passwd", "#/components/schemas/" + String(repeating: "A", count: 5_000),
                ]
                JSONTree.set(&value, at: pointer, to: .string(targets[random.below(targets.count)]))
            case .requiredDeletion:
                let required: Set<String> = ["openapi", "info", "paths", "responses", "name", "in", "schema", "type", "items", "title", "version", "content", "schemas", "components", "properties", "required", "$ref", "url"]
                let members = nodes.filter { required.contains($0.tokens.last ?? "") && $0.parent.flatMap { value.value(at: $0)?.objectValue } != nil }
                let candidates = members.isEmpty ? nodes.filter { !$0.tokens.isEmpty } : members
                guard !candidates.isEmpty else { return }
                JSONTree.remove(&value, at: candidates[random.below(candidates.count)])
            case .keyRename:
                let members = nodes.filter { $0.parent.flatMap { value.value(at: $0)?.objectValue } != nil }
                guard !members.isEmpty else { return }
                let pointer = members[random.below(members.count)]
                let names = ["", "{id}", "/a/{", "/a/{b}/{b}", "class", "Type", "self", "123", "a b", "ü", "😀", "x-", "get", "$ref", "~1", "../admin", "\u{0}", "\\", String(repeating: "k", count: 3_000)]
                JSONTree.rename(&value, at: pointer, to: names[random.below(names.count)])
            case .stringSwap:
                let strings = nodes.filter { value.value(at: $0)?.stringValue != nil }
                guard !strings.isEmpty else { return }
                let texts = ["", " ", "{", "}", "{id}", "../admin", "\r\nX-Evil: 1", "\u{0}", "😀", "3.1.0", "2.0", "object", "array", "date-time", "int32", "#/components/schemas", String(repeating: "é", count: 2_000)]
                JSONTree.set(&value, at: strings[random.below(strings.count)], to: .string(texts[random.below(texts.count)]))
            case .nesting:
                // Wrap a node in 100 to 700 arrays or objects: beyond the depth limit, or deep schemas within it.
                let pointer = nodes[random.below(nodes.count)]
                guard var node = value.value(at: pointer) else { return }
                let useObjects = random.below(2) == 0
                for _ in 0..<(100 + random.below(601)) {
                    node = useObjects ? .object(JSONObject(["items": node])) : .array([node])
                }
                JSONTree.set(&value, at: pointer, to: node)
            default:
                break
            }
        }
    }

    // MARK: The binary

    /// The `openapi-gen` executable built next to the test bundle, if any.
    static func executable() -> URL? {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("openapi-gen"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("openapi-gen"),
        ] + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent().appendingPathComponent("openapi-gen") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    struct ProcessOutcome {
        var status: Int32
        var stderr: String
        var crashed: Bool
        var timedOut: Bool
    }

    /// Runs `binary` with `arguments` in `folder`, killing it after `timeout` seconds.
    static func runProcess(_ binary: URL, _ arguments: [String], in folder: URL, timeout: TimeInterval) throws -> ProcessOutcome {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        let errorLog = folder.appendingPathComponent("stderr.log")
        try Data().write(to: errorLog)
        let errorHandle = try FileHandle(forWritingTo: errorLog)
        defer { try? errorHandle.close() }
        process.standardError = errorHandle
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        var timedOut = false
        if exited.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            process.terminate()
            exited.wait()
        }
        let stderr = String(decoding: (try? Data(contentsOf: errorLog)) ?? Data(), as: UTF8.self)
        return ProcessOutcome(status: process.terminationStatus, stderr: stderr, crashed: process.terminationReason == .uncaughtSignal && !timedOut, timedOut: timedOut)
    }
}

// MARK: - Helpers

/// SplitMix64: a small, fast, seedable generator, so the cases are the same on every run and platform.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (0 when `bound` is 0).
    mutating func below(_ bound: Int) -> Int {
        bound <= 0 ? 0 : Int(next() % UInt64(bound))
    }
}

/// Walking and editing `JSONValue` trees by pointer.
enum JSONTree {
    /// Every node's pointer, root first, in document order.
    static func pointers(in value: JSONValue) -> [JSONPointer] {
        var result: [JSONPointer] = []
        var pending: [(JSONPointer, JSONValue)] = [(.root, value)]
        while let (pointer, node) = pending.popLast() {
            result.append(pointer)
            switch node {
            case .array(let elements):
                for (index, element) in elements.enumerated().reversed() { pending.append((pointer.appending(index), element)) }
            case .object(let object):
                for (key, member) in object.members.reversed() { pending.append((pointer.appending(key), member)) }
            default:
                break
            }
        }
        return result
    }

    /// Replaces the node at `pointer` (or adds an object member there).
    static func set(_ value: inout JSONValue, at pointer: JSONPointer, to newValue: JSONValue) {
        edit(&value, pointer.tokens[...]) { $0 = newValue }
    }

    /// Removes the object member or array element at `pointer`.
    static func remove(_ value: inout JSONValue, at pointer: JSONPointer) {
        guard let last = pointer.tokens.last, let parent = pointer.parent else { return }
        edit(&value, parent.tokens[...]) { node in
            switch node {
            case .object(let object):
                var members: [String: JSONValue] = [:]
                for (key, member) in object.members where key != last { members[key] = member }
                node = .object(JSONObject(members))
            case .array(var elements):
                if let index = Int(last), elements.indices.contains(index) { elements.remove(at: index) }
                node = .array(elements)
            default:
                break
            }
        }
    }

    /// Gives the object member at `pointer` the name `name` (replacing any member already called that).
    static func rename(_ value: inout JSONValue, at pointer: JSONPointer, to name: String) {
        guard let last = pointer.tokens.last, let parent = pointer.parent, let member = value.value(at: pointer) else { return }
        edit(&value, parent.tokens[...]) { node in
            guard case .object(let object) = node else { return }
            var members: [String: JSONValue] = [:]
            for (key, value) in object.members where key != last { members[key] = value }
            members[name] = member
            node = .object(JSONObject(members))
        }
    }

    private static func edit(_ value: inout JSONValue, _ tokens: ArraySlice<String>, _ change: (inout JSONValue) -> Void) {
        guard let token = tokens.first else {
            change(&value)
            return
        }
        switch value {
        case .object(var object):
            var child = object[token] ?? .null
            edit(&child, tokens.dropFirst(), change)
            object.set(token, child)
            value = .object(object)
        case .array(var elements):
            guard let index = Int(token), elements.indices.contains(index) else { return }
            edit(&elements[index], tokens.dropFirst(), change)
            value = .array(elements)
        default:
            return
        }
    }
}

/// Writes a `JSONValue` as compact JSON text (keys in `JSONObject` order).
enum JSONText {
    static func serialize(_ value: JSONValue) -> String {
        var text = ""
        write(value, into: &text)
        return text
    }

    private static func write(_ value: JSONValue, into text: inout String) {
        switch value {
        case .null: text += "null"
        case .bool(let bool): text += bool ? "true" : "false"
        case .int(let int): text += String(int)
        case .double(let double): text += double.isFinite ? "\(double)" : "0"
        case .string(let string): writeString(string, into: &text)
        case .array(let elements):
            text += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { text += "," }
                write(element, into: &text)
            }
            text += "]"
        case .object(let object):
            text += "{"
            for (index, member) in object.members.enumerated() {
                if index > 0 { text += "," }
                writeString(member.key, into: &text)
                text += ":"
                write(member.value, into: &text)
            }
            text += "}"
        }
    }

    private static func writeString(_ string: String, into text: inout String) {
        text += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            default:
                if scalar.value < 0x20 {
                    text += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                } else {
                    text.unicodeScalars.append(scalar)
                }
            }
        }
        text += "\""
    }
}

private extension Data {
    /// The bytes without a leading UTF-8 byte order mark.
    var trimmingUTF8BOM: Data {
        starts(with: [0xEF, 0xBB, 0xBF]) ? dropFirst(3) : self
    }
}
