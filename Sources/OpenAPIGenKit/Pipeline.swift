#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One output file: a fixed name (`Client.swift`, `Support.swift`, `Types.swift` … `Types7.swift`, `Values.swift`) and its text.
public struct GeneratedFile: Hashable, Sendable {
    /// The file name.
    public var name: String
    /// The Swift source, LF line endings, one trailing newline.
    public var contents: String

    /// Creates a file.
    public init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }
}

/// What a run of the pipeline produced.
public struct GenerationResult: Hashable, Sendable {
    /// The output files; empty when an error was reported.
    public var files: [GeneratedFile]
    /// Every finding, sorted by file and position.
    public var diagnostics: [Diagnostic]
    /// The model the files were emitted from (config applied, repeated types merged); nil when an error was reported.
    public var model: APIModel? = nil
    /// The model before repeated types were merged into typealiases: every type with its own declaration. This is
    /// what `openapi-gen diff` compares, so that which copy of a repeated type is declared never shows as a change.
    public var unmergedModel: APIModel? = nil
    /// How many schemas each analysis over the schema graph visited (for the scale tests).
    public var counters = AnalysisCounters()
    /// Where the merged document's nodes were written (for `openapi-gen diff`); nil when the documents did not merge.
    public var sourceMap: SpecSourceMap? = nil

    /// Whether no error was reported.
    public var succeeded: Bool {
        !diagnostics.contains { $0.severity == .error }
    }
}

/// The generator: load → merge → parse → resolve → lower → deduplicate → emit, like a compiler.
///
/// Each stage is a function from one value to the next and appends its findings to a `DiagnosticBag`.
/// The pipeline stops after the first stage that reported an error, so that every error of that stage is
/// reported, not just the first. In strict mode (`GeneratorConfig.strict`) lenient warnings are errors; the
/// stages still go on with the lenient reading (so that one run reports them all), and nothing is written.
public enum Pipeline {
    /// The names of the files every API produces, known before generation (the build plugin needs them).
    /// The types are spread over eight files by a hash of their names (see `TypeFiles`), so that the compiler
    /// works on them in parallel and a schema edit recompiles one eighth of them.
    public static let outputFileNames = ["Client.swift", "Support.swift"] + TypeFiles.names + ["Values.swift"]

    /// Generates the client for one API made of `sources` (merged into one document), with the options of
    /// the `openapi-gen.json` in `configSource`, if any; `name`, when given, replaces the config's `name`, and
    /// `strict` true turns strict mode on whatever the config says, and `runtimeMode`, when given, replaces the
    /// config's `runtime` (the build plugin imports the runtime library when the target depends on it).
    /// `Support.swift` and `Values.swift` carry `runtime`: the copy compiled into the generator unless another is given.
    /// External `$ref`s read files inside each document's folder, and inside `referenceRoot` when given.
    public static func generate(_ sources: [SpecSource], configSource: SpecSource? = nil, name: String? = nil, strict: Bool = false, runtimeMode: RuntimeMode? = nil, runtime: Runtime = .embedded, referenceRoot: URL? = nil, fileReader: @escaping @Sendable (URL) -> Data? = Pipeline.readFile) -> GenerationResult {
        var diagnostics = DiagnosticBag()
        var config = GeneratorConfig()
        if let configSource {
            guard let parsed = ConfigParser.parse(configSource.data, file: configSource.displayPath, diagnostics: &diagnostics) else {
                return GenerationResult(files: [], diagnostics: SourceLocations.locate(diagnostics.sorted, in: [configSource]))
            }
            config = parsed
        }
        if let name { config.name = name }
        if strict { config.strict = true }
        if let runtimeMode { config.runtime = runtimeMode }
        return generate(sources, config: config, configFile: configSource?.displayPath ?? "openapi-gen.json", located: sources + [configSource].compactMap { $0 }, runtime: runtime, referenceRoot: referenceRoot, fileReader: fileReader)
    }

    /// Reads a file referenced by an external `$ref`: regular files only, with a size limit (a pipe or a device
    /// named by a reference cannot hang the generator).
    public static let readFile: @Sendable (URL) -> Data? = { try? SpecFileReader.read($0).get() }

    /// Generates with an already parsed config; diagnostics about config entries name `configFile`.
    public static func generate(_ sources: [SpecSource], config: GeneratorConfig, configFile: String = "openapi-gen.json", runtime: Runtime = .embedded, fileReader: @escaping @Sendable (URL) -> Data? = Pipeline.readFile) -> GenerationResult {
        generate(sources, config: config, configFile: configFile, located: sources, runtime: runtime, referenceRoot: nil, fileReader: fileReader)
    }

    private static func generate(_ sources: [SpecSource], config: GeneratorConfig, configFile: String, located: [SpecSource], runtime: Runtime, referenceRoot: URL?, fileReader: @escaping @Sendable (URL) -> Data?) -> GenerationResult {
        var diagnostics = DiagnosticBag(strict: config.strict)
        var counters = AnalysisCounters()
        var located = located
        var origins: OriginMap?
        func finish(_ files: [GeneratedFile] = [], model: APIModel? = nil, unmerged: APIModel? = nil) -> GenerationResult {
            GenerationResult(
                files: diagnostics.hasErrors ? [] : files, diagnostics: SourceLocations.locate(diagnostics.sorted, in: located),
                model: diagnostics.hasErrors ? nil : model, unmergedModel: diagnostics.hasErrors ? nil : unmerged, counters: counters,
                sourceMap: origins.map { SpecSourceMap(origins: $0, sources: located) }
            )
        }
        // The stages before emit run in a function of their own, so that the documents and trees they read are
        // released before the output is built: emitting is when memory peaks.
        guard let model = lowered(
            sources, config: config, configFile: configFile, referenceRoot: referenceRoot, fileReader: fileReader,
            diagnostics: &diagnostics, counters: &counters, located: &located, origins: &origins
        ) else { return finish() }
        let layout = DeclarationLayout(access: config.access, namespace: config.namespace, runtime: config.runtime)
        let (merged, files) = mergedAndEmitted(model, layout: layout, runtime: runtime, parallel: emitsInParallel(model))
        return finish(files, model: merged, unmerged: model)
    }

    /// The deduplicate stage: identical inline types declared once, top-level ones first, then nested ones.
    static func merged(_ model: APIModel) -> APIModel {
        NestedTypeDeduplication.apply(to: TypeDeduplication.apply(to: model))
    }

    /// load → merge → parse → resolve → lower → plan: the model to deduplicate and emit, or nil when a stage
    /// reported what stops the later ones. External documents are added to `located`; `origins` is where the
    /// merged document's nodes come from.
    private static func lowered(
        _ sources: [SpecSource], config: GeneratorConfig, configFile: String, referenceRoot: URL?,
        fileReader: @escaping @Sendable (URL) -> Data?, diagnostics: inout DiagnosticBag, counters: inout AnalysisCounters,
        located: inout [SpecSource], origins: inout OriginMap?
    ) -> APIModel? {
        // The JSON stages run in a function of their own too: the parsed trees are released before lowering,
        // where memory would otherwise peak with the trees and the model both alive (GitHub's document).
        guard case let (document, parsed)? = resolved(
            sources, referenceRoot: referenceRoot, fileReader: fileReader, diagnostics: &diagnostics, counters: &counters,
            located: &located, origins: &origins
        ) else { return nil }
        var resolved = document
        // The value checks find only lenient readings, which never stop later stages, and lowering does not read
        // them: for a large document another thread runs them while this one lowers. The findings are sorted at the
        // end, so the order they are added in does not show.
        let checks = ValueCheckJob(document: consume parsed, resolved: resolved)
        func selectedAndLowered() -> APIModel {
            resolved = OperationSelection.apply(config.filter, to: resolved, configFile: configFile, diagnostics: &diagnostics)
            return ModelLowering.lower(resolved, diagnostics: &diagnostics, counters: &counters)
        }
        var model: APIModel
        if resolved.schemas.count + resolved.operations.count >= parallelThreshold {
            let found: DiagnosticBag
            (found, model) = ParallelJobs.both({ checks.run() }, and: selectedAndLowered)
            diagnostics.append(contentsOf: found)
        } else {
            diagnostics.append(contentsOf: checks.run())
            model = selectedAndLowered()
        }
        guard !diagnostics.blocksLaterStages else { return nil }
        model = TypeOverrides.apply(config.typeOverrides, to: model, configFile: configFile, diagnostics: &diagnostics)
        model = ExplicitNullPlanner.apply(to: model)
        model = PaginationPlanner.apply(config.pagination, to: model, configFile: configFile, diagnostics: &diagnostics)
        guard !diagnostics.hasErrors else { return nil }
        if let name = config.name { model.title = name }
        return model
    }

    /// load → merge → parse → resolve: the document with every reference resolved (its schema values not checked
    /// yet) and the parsed document the checks read, or nil when a stage reported what stops the later ones.
    private static func resolved(
        _ sources: [SpecSource], referenceRoot: URL?, fileReader: @escaping @Sendable (URL) -> Data?,
        diagnostics: inout DiagnosticBag, counters: inout AnalysisCounters, located: inout [SpecSource], origins: inout OriginMap?
    ) -> (resolved: ResolvedDocument, parsed: OpenAPIDocument)? {
        let ordered = sources.sorted { $0.displayPath < $1.displayPath }
        var loaded: [(file: String, root: JSONValue, origins: OriginMap)] = []
        for source in ordered {
            guard let root = DocumentLoader.load(source.data, file: source.displayPath, diagnostics: &diagnostics) else { continue }
            let bundle = ExternalRefBundler.bundle(root, file: SpecFile(url: source.url, displayPath: source.displayPath), referenceRoot: referenceRoot, read: fileReader, diagnostics: &diagnostics)
            located += bundle.externalSources
            loaded.append((source.displayPath, bundle.root, bundle.origins))
        }
        guard !diagnostics.blocksLaterStages, let merged = DocumentMerger.merge(loaded, diagnostics: &diagnostics), !diagnostics.blocksLaterStages else { return nil }
        origins = merged.origins
        guard let document = DocumentParser.parse(merged, diagnostics: &diagnostics), !diagnostics.blocksLaterStages else { return nil }
        let resolved = RefResolver.resolve(document, diagnostics: &diagnostics, counters: &counters, checkingValues: false)
        guard !diagnostics.blocksLaterStages else { return nil }
        return (resolved, document)
    }

    /// The deduplicate and emit stages: the merged model and its files, the same as `emit(merged(model))`.
    static func mergedAndEmitted(_ model: APIModel, layout: DeclarationLayout, runtime: Runtime, parallel: Bool) -> (merged: APIModel, files: [GeneratedFile]) {
        printed(model, merging: merged, layout: layout, runtime: runtime, parallel: parallel)
    }

    /// The emit stage: `APIModel` → the files of `outputFileNames`, sorted by name. Every declaration has the access level
    /// `access` and is inside `namespace` when one is given; `Support.swift` and `Values.swift` carry `runtime`, or with
    /// `runtimeMode` `.import` every file imports the library `OpenAPIGenRuntime` instead.
    public static func emit(_ model: APIModel, access: AccessLevel = .public, namespace: String? = nil, runtimeMode: RuntimeMode = .embed, runtime: Runtime = .embedded) -> [GeneratedFile] {
        emit(model, layout: DeclarationLayout(access: access, namespace: namespace, runtime: runtimeMode), runtime: runtime, parallel: emitsInParallel(model))
    }

    /// The emit stage with `layout`, on two threads when `parallel` is true.
    static func emit(_ model: APIModel, layout: DeclarationLayout, runtime: Runtime, parallel: Bool) -> [GeneratedFile] {
        printed(model, merging: { $0 }, layout: layout, runtime: runtime, parallel: parallel).files
    }

    /// `Client.swift`, `Support.swift` and `Values.swift` printed from `model`, and the type files from `merge(model)`, which must
    /// change nothing but `types` (those three files read everything but `types`); returns `merge(model)` too.
    ///
    /// With `parallel`, another thread prints `Client.swift`, `Support.swift` and `Values.swift` while this one merges, then both
    /// threads print the type files (`ParallelJobs`). Each file is a function of the model alone, so the output is
    /// the same as on one thread.
    private static func printed(
        _ model: APIModel, merging merge: @escaping @Sendable (APIModel) -> APIModel, layout: DeclarationLayout, runtime: Runtime, parallel: Bool
    ) -> (merged: APIModel, files: [GeneratedFile]) {
        let clientAndRuntime: @Sendable () -> [String] = {
            [
                ClientEmitter.emit(model, layout: layout), SupportEmitter.emit(.support, of: model, runtime: runtime, layout: layout),
                SupportEmitter.emit(.values, of: model, runtime: runtime, layout: layout),
            ]
        }
        let typeFiles: () -> (APIModel, [String]) = {
            let merged = merge(model)
            let plan = ModelEmitter.TypeFilePlan(merged)
            return (merged, ParallelJobs.map(TypeFiles.count, parallel: parallel) { plan.emit($0, layout: layout) })
        }
        let (front, (merged, types)) = parallel ? ParallelJobs.both(clientAndRuntime, and: typeFiles) : (clientAndRuntime(), typeFiles())
        // Name order: Client.swift, Support.swift, the type files, Values.swift.
        let texts = front.prefix(2) + types + front.suffix(1)
        return (merged, zip(outputFileNames, texts).map { GeneratedFile(name: $0, contents: $1) })
    }

    /// The number of declarations (schemas or top-level types, and operations) from which lowering (its value
    /// checks) and the emit stage use a second thread. Below it, starting the thread costs more than it saves.
    static let parallelThreshold = 100

    /// Whether `model` is large enough for the emit stage to use a second thread.
    static func emitsInParallel(_ model: APIModel) -> Bool {
        model.types.count + model.endpoints.count >= parallelThreshold
    }
}

/// The schema value checks of one run (`RefResolver.valueChecks`), handed to the thread that runs them. The parsed
/// document (with its JSON tree) is let go as soon as they end, not when that thread is joined after lowering, so
/// it is not alive while the model grows.
private final class ValueCheckJob: @unchecked Sendable {
    /// Set before the job starts and taken by `run`, which runs once, on one thread.
    private var document: OpenAPIDocument?
    private let resolved: ResolvedDocument

    init(document: consuming OpenAPIDocument, resolved: ResolvedDocument) {
        self.document = document
        self.resolved = resolved
    }

    /// The checks' findings; the document is released before this returns.
    func run() -> DiagnosticBag {
        guard let document else { return DiagnosticBag() }
        self.document = nil
        return RefResolver.valueChecks(of: document, resolved: resolved)
    }
}
