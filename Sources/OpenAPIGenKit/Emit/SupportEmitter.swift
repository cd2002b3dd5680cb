/// Prints `Support.swift`: the header, the imports and the runtime (`Sources/OpenAPIGenRuntime`, embedded).
enum SupportEmitter {
    /// The contents of `Support.swift` for `model`, carrying `runtime`.
    static func emit(_ model: APIModel, runtime: Runtime) -> String {
        var writer = SwiftWriter()
        FileHeader.write(sources: model.sourceFiles, networking: true, into: &writer)
        return writer.text + runtime.supportBody + "\n"
    }
}
