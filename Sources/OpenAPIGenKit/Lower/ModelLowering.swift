/// The lowering stage: `ResolvedDocument` → `APIModel`. All naming decisions happen here.
public enum ModelLowering {
    /// Lowers `document`; findings go to `diagnostics`.
    public static func lower(_ document: ResolvedDocument, diagnostics: inout DiagnosticBag) -> APIModel {
        var counters = AnalysisCounters()
        return lower(document, diagnostics: &diagnostics, counters: &counters)
    }

    /// Lowers `document`; findings go to `diagnostics`, and the work of each analysis to `counters`.
    public static func lower(_ document: ResolvedDocument, diagnostics: inout DiagnosticBag, counters: inout AnalysisCounters) -> APIModel {
        var lowering = APIModelBuilder(document: document, reporter: SpecReporter(origins: document.origins))
        lowering.lowerComponents()
        let endpoints = lowering.lowerEndpoints()
        lowering.lowerWebhooks()
        diagnostics.append(contentsOf: lowering.reporter.diagnostics)
        counters.add(lowering.counters)
        counters.count(.names, lowering.topLevelNames.tries)
        let types = OneOfKeyCoverage.apply(StoragePlanner.planStorage(lowering.declarations, counters: &counters), counters: &counters)
        return APIModel(
            title: document.title, sourceFiles: document.files, types: types,
            servers: servers(document.servers), endpoints: endpoints
        )
    }

    /// One `Client.Server` case per entry of `servers`, named from its description.
    static func servers(_ servers: [Server]) -> [ServerChoice] {
        var taken: Set<String> = ["url"]
        return servers.enumerated().map { index, server in
            let base = server.description.map(SwiftName.memberName) ?? "server\(index + 1)"
            var variableNames: Set<String> = []
            return ServerChoice(
                caseName: SwiftName.unique(base.count > 40 || base == "empty" ? "server\(index + 1)" : base, in: &taken),
                url: server.url, doc: server.description,
                variables: server.variables.map {
                    ServerVariable(swiftName: SwiftName.unique(SwiftName.memberName($0.name), in: &variableNames), name: $0.name, defaultValue: $0.defaultValue, doc: $0.description)
                }
            )
        }
    }
}
