#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import OpenAPIGenKit

/// Runs one parsed command against the file system and returns the exit status.
/// 0 success, 1 spec errors, 2 stale output (check) or breaking changes (diff --fail-on-breaking), 64 usage error.
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
            case .generateAll(let options):
                return generateAll(options)
            case .generate(let specs, let output, let config, let prefix, let name, let runtimeMode, let options):
                return generate(specs.map(url), config: config.map(url), name: name, runtimeMode: runtimeMode, into: url(output), filePrefix: prefix, options: options)
            case .check(let specs, let generated, let options):
                return check(specs: url(specs), generated: url(generated), options: options)
            case .validate(let specs, let config, let options):
                return validate(specs.map(url), config: config.map(url), options: options)
            case .diff(let old, let new, let failOnBreaking, let format, let options):
                return diff(old: url(old), new: url(new), failOnBreaking: failOnBreaking, format: format, options: options)
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

    private func generateAll(_ options: ReportOptions) -> Int32 {
        let specs = url("specs")
        guard FileManager.default.fileExists(atPath: specs.path) else {
            printError("openapi-gen: error: no specs/ folder in \(workingDirectory.path); run it from the package root, or use 'openapi-gen generate SPEC.json --output DIR'\n\(usageHint)")
            return 64
        }
        do {
            guard let runtime = try syncRuntime() else { return 1 }
            var status: Int32 = 0
            for api in try SpecCatalog(specsURL: specs).apis() {
                let result = generate(api.files, config: api.config, runtime: runtime, into: url("Generated").appendingPathComponent(api.name), filePrefix: "", options: options)
                status = max(status, result)
            }
            return status
        } catch {
            printError("openapi-gen: error: \(error)")
            return 1
        }
    }

    /// In the generator's own package: reads `Sources/OpenAPIGenRuntime`, rewrites its embedded copy when it
    /// changed, and returns it, so that one run regenerates everything with the runtime as it is on disk.
    /// Elsewhere: the embedded runtime. Nil after printing the runtime's errors.
    private func syncRuntime() throws -> Runtime? {
        let folder = RuntimeFolder(packageRoot: workingDirectory)
        guard folder.isPresent else { return .embedded }
        guard let runtime = readRuntime(folder) else { return nil }
        let changed = try folder.writeEmbedded(runtime)
        print(changed.isEmpty ? "\(RuntimeFolder.embeddedFolderPath): up to date" : "\(RuntimeFolder.embeddedFolderPath): wrote \(changed.joined(separator: ", "))")
        return runtime
    }

    /// The runtime files of `folder`, or nil after printing their errors.
    private func readRuntime(_ folder: RuntimeFolder) -> Runtime? {
        do {
            return try folder.read()
        } catch {
            printError("\(error)")
            return nil
        }
    }

    private func generate(_ files: [URL], config: URL?, name: String? = nil, runtimeMode: RuntimeMode? = nil, runtime: Runtime = .embedded, into output: URL, filePrefix: String, options: ReportOptions) -> Int32 {
        guard let result = runPipeline(files, config: config, name: name, runtimeMode: runtimeMode, runtime: runtime, options: options) else { return 1 }
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
            printError("openapi-gen: error: " + "\(error)".replacing(root.hasSuffix("/") ? root : root + "/", with: ""))
            return 1
        }
    }

    private func validate(_ files: [URL], config: URL?, options: ReportOptions) -> Int32 {
        guard let result = runPipeline(files, config: config, options: options) else { return 1 }
        if result.succeeded { print("\(files.map { SpecCatalog.displayPath(of: $0, relativeTo: workingDirectory) }.joined(separator: ", ")): no errors") }
        return result.succeeded ? 0 : 1
    }

    private func check(specs: URL, generated: URL, options: ReportOptions) -> Int32 {
        do {
            var stale: [OutputDifference] = []
            var failed = false
            var runtime = Runtime.embedded
            let runtimeFolder = RuntimeFolder(packageRoot: workingDirectory)
            if runtimeFolder.isPresent {
                guard let read = readRuntime(runtimeFolder) else { return 1 }
                runtime = read
                stale += try runtimeFolder.differences(from: runtime)
            }
            for api in try SpecCatalog(specsURL: specs).apis() {
                guard let result = runPipeline(api.files, config: api.config, runtime: runtime, options: options), result.succeeded else { failed = true; continue }
                stale += try OutputDirectory(url: generated.appendingPathComponent(api.name)).differences(from: result.files)
            }
            if failed { return 1 }
            guard stale.isEmpty else {
                printError("openapi-gen: error: Generated/ is out of date with specs/ (or the embedded runtime with \(RuntimeFolder.sourcesPath)):")
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

    /// Prints the changes from `old` to `new` in `format`; 2 when `failOnBreaking` and a change is breaking.
    private func diff(old: URL, new: URL, failOnBreaking: Bool, format: DiffReport.Format, options: ReportOptions) -> Int32 {
        do {
            guard let before = try generation(of: old, options: options), let beforeModel = before.unmergedModel,
                  let after = try generation(of: new, options: options), let afterModel = after.unmergedModel else { return 1 }
            let changes = APIDiff.locate(APIDiff.compare(old: beforeModel, new: afterModel), old: before.sourceMap, new: after.sourceMap)
            let display = { SpecCatalog.displayPath(of: $0, relativeTo: workingDirectory) }
            print(DiffReport.render(changes, format: format, old: display(old), new: display(new)), terminator: "")
            return failOnBreaking && changes.contains { $0.impact == .breaking } ? 2 : 0
        } catch {
            printError("openapi-gen: error: \(error)")
            return 1
        }
    }

    /// The pipeline's result (model and source map) for a spec file, or for a specs/<Name>/ folder (its documents
    /// and openapi-gen.json); nil after printing why there is none.
    private func generation(of location: URL, options: ReportOptions) throws -> GenerationResult? {
        guard let kind = FileKind.at(location.path) else {
            printError("\(SpecCatalog.displayPath(of: location, relativeTo: workingDirectory)): error: no such file or folder")
            return nil
        }
        let result: GenerationResult?
        if kind == .folder {
            guard let api = try SpecCatalog.api(in: location) else {
                printError("\(SpecCatalog.displayPath(of: location, relativeTo: workingDirectory)): error: the folder holds no JSON or YAML documents")
                return nil
            }
            result = runPipeline(api.files, config: api.config, options: options)
        } else {
            result = runPipeline([location], config: nil, options: options)
        }
        return result
    }

    // MARK: - Helpers

    /// Reads the files and runs the pipeline, printing diagnostics (`DiagnosticReport`: lenient warnings cut per
    /// kind unless `--verbose`, then the warning summary); nil when a file cannot be read.
    private func runPipeline(_ files: [URL], config: URL?, name: String? = nil, runtimeMode: RuntimeMode? = nil, runtime: Runtime = .embedded, options: ReportOptions) -> GenerationResult? {
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
        let referenceRoot = options.referenceRoot.map { URL(fileURLWithPath: $0, relativeTo: workingDirectory).standardizedFileURL }
        let result = Pipeline.generate(sources, configSource: configSource, name: name, strict: options.strict, runtimeMode: runtimeMode, runtime: runtime, referenceRoot: referenceRoot)
        for line in DiagnosticReport.lines(result.diagnostics, limitPerKind: options.verbose ? nil : DiagnosticReport.defaultLimitPerKind) {
            printError(line)
        }
        return result
    }

    private func relative(_ difference: OutputDifference) -> String {
        var copy = difference
        copy.file = SpecCatalog.displayPath(of: URL(fileURLWithPath: difference.file), relativeTo: workingDirectory)
        return copy.description
    }

    /// Writes `text` and a line break to standard error with `write(2)`, unbuffered, like `FileHandle.standardError`.
    private func printError(_ text: String) {
        var line = text + "\n"
        line.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count, let base = bytes.baseAddress {
                let count = write(STDERR_FILENO, base + offset, bytes.count - offset)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return }
                offset += count
            }
        }
    }
}
