import Foundation
import OpenAPIGenKit

/// Runs one parsed command against the file system and returns the exit status.
/// 0 success, 1 spec errors, 2 stale output, 64 usage error.
struct CommandRunner {
    /// Relative paths are resolved against this folder, and display paths are relative to it.
    let workingDirectory: URL

    /// Parses `arguments` and runs the command.
    func run(_ arguments: [String]) -> Int32 {
        do {
            switch try ArgumentParser.parse(arguments) {
            case .help:
                print(ArgumentParser.help)
                return 0
            case .version:
                print("openapi-gen \(OpenAPIGenVersion.current)")
                return 0
            case .generateAll:
                return generateAll()
            case .generate(let specs, let output, let config, let prefix, let name):
                return generate(specs.map(url), config: config.map(url), name: name, into: url(output), filePrefix: prefix)
            case .check(let specs, let generated):
                return check(specs: url(specs), generated: url(generated))
            case .validate(let specs, let config):
                return validate(specs.map(url), config: config.map(url))
            case .diff(let old, let new, let failOnBreaking):
                return diff(old: url(old), new: url(new), failOnBreaking: failOnBreaking)
            }
        } catch let error as UsageError {
            printError("openapi-gen: error: \(error.message)\n\(usageHint)")
            return 64
        } catch {
            printError("openapi-gen: error: \(error)")
            return 1
        }
    }

    private var usageHint: String { "Run 'openapi-gen --help' for usage." }

    private func url(_ path: String) -> URL {
        URL(fileURLWithPath: path, relativeTo: workingDirectory).standardizedFileURL
    }

    // MARK: - Commands

    private func generateAll() -> Int32 {
        let specs = url("specs")
        guard FileManager.default.fileExists(atPath: specs.path) else {
            printError("openapi-gen: error: no specs/ folder in \(workingDirectory.path); run it from the package root, or use 'openapi-gen generate SPEC.json --output DIR'\n\(usageHint)")
            return 64
        }
        do {
            var status: Int32 = 0
            for api in try SpecCatalog(specsURL: specs).apis() {
                let result = generate(api.files, config: api.config, into: url("Generated").appendingPathComponent(api.name), filePrefix: "")
                status = max(status, result)
            }
            return status
        } catch {
            printError("openapi-gen: error: \(error)")
            return 1
        }
    }

    private func generate(_ files: [URL], config: URL?, name: String? = nil, into output: URL, filePrefix: String) -> Int32 {
        guard let result = runPipeline(files, config: config, name: name) else { return 1 }
        guard result.succeeded else { return 1 }
        do {
            let named = result.files.map { GeneratedFile(name: filePrefix + $0.name, contents: $0.contents) }
            let changed = try OutputDirectory(url: output).write(named, prefix: filePrefix)
            let where_ = SpecCatalog.displayPath(of: output, relativeTo: workingDirectory)
            print(changed.isEmpty ? "\(where_): up to date" : "\(where_): wrote \(changed.joined(separator: ", "))")
            return 0
        } catch {
            // Paths inside the working folder are shown relative to it, as everywhere else.
            let root = workingDirectory.standardizedFileURL.path
            printError("openapi-gen: error: " + "\(error)".replacingOccurrences(of: root.hasSuffix("/") ? root : root + "/", with: ""))
            return 1
        }
    }

    private func validate(_ files: [URL], config: URL?) -> Int32 {
        guard let result = runPipeline(files, config: config) else { return 1 }
        if result.succeeded { print("\(files.map { SpecCatalog.displayPath(of: $0, relativeTo: workingDirectory) }.joined(separator: ", ")): no errors") }
        return result.succeeded ? 0 : 1
    }

    private func check(specs: URL, generated: URL) -> Int32 {
        do {
            var stale: [OutputDifference] = []
            var failed = false
            for api in try SpecCatalog(specsURL: specs).apis() {
                guard let result = runPipeline(api.files, config: api.config), result.succeeded else { failed = true; continue }
                stale += try OutputDirectory(url: generated.appendingPathComponent(api.name)).differences(from: result.files)
            }
            if failed { return 1 }
            guard stale.isEmpty else {
                printError("openapi-gen: error: Generated/ is out of date with specs/:")
                for difference in stale.prefix(10) { printError(relative(difference)) }
                if stale.count > 10 { printError("… and \(stale.count - 10) more") }
                printError("Run 'swift run openapi-gen' to regenerate, then review and commit the diff.")
                return 2
            }
            print("Generated/ is up to date with specs/.")
            return 0
        } catch {
            printError("openapi-gen: error: \(error)")
            return 1
        }
    }

    private func diff(old: URL, new: URL, failOnBreaking: Bool) -> Int32 {
        do {
            guard let before = try model(of: old), let after = try model(of: new) else { return 1 }
            let changes = APIDiff.compare(old: before, new: after)
            for change in changes { print(change.description) }
            let breaking = changes.filter { $0.impact == .breaking }.count
            print("\(breaking) breaking, \(changes.count - breaking) additive change\(changes.count - breaking == 1 ? "" : "s")")
            return failOnBreaking && breaking > 0 ? 2 : 0
        } catch {
            printError("openapi-gen: error: \(error)")
            return 1
        }
    }

    /// The lowered model of a spec file, or of a specs/<Name>/ folder (its documents and openapi-gen.json).
    private func model(of location: URL) throws -> APIModel? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: location.path, isDirectory: &isFolder) else {
            printError("\(SpecCatalog.displayPath(of: location, relativeTo: workingDirectory)): error: no such file or folder")
            return nil
        }
        let result: GenerationResult?
        if isFolder.boolValue {
            guard let api = try SpecCatalog.api(in: location) else {
                printError("\(SpecCatalog.displayPath(of: location, relativeTo: workingDirectory)): error: the folder holds no JSON or YAML documents")
                return nil
            }
            result = runPipeline(api.files, config: api.config)
        } else {
            result = runPipeline([location], config: nil)
        }
        return result?.model
    }

    // MARK: - Helpers

    /// Reads the files and runs the pipeline, printing diagnostics; nil when a file cannot be read.
    private func runPipeline(_ files: [URL], config: URL?, name: String? = nil) -> GenerationResult? {
        var sources: [SpecSource] = []
        var configSource: SpecSource?
        for file in files + [config].compactMap({ $0 }) {
            let display = SpecCatalog.displayPath(of: file, relativeTo: workingDirectory)
            let data: Data
            switch SpecFileReader.read(file) {
            case .success(let bytes):
                data = bytes
            case .failure(let failure):
                printError("\(display): error: \(failure)")
                return nil
            }
            let source = SpecSource(displayPath: display, data: data, url: file)
            if file == config { configSource = source } else { sources.append(source) }
        }
        let result = Pipeline.generate(sources, configSource: configSource, name: name)
        for diagnostic in result.diagnostics { printError(diagnostic.description) }
        return result
    }

    private func relative(_ difference: OutputDifference) -> String {
        var copy = difference
        copy.file = SpecCatalog.displayPath(of: URL(fileURLWithPath: difference.file), relativeTo: workingDirectory)
        return copy.description
    }

    private func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
