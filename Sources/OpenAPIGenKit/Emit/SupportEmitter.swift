/// Prints `Support.swift`: the header, the imports and the fixed runtime in `SupportTemplate`.
enum SupportEmitter {
    /// The contents of `Support.swift` for `model`.
    static func emit(_ model: APIModel) -> String {
        var writer = SwiftWriter()
        FileHeader.write(sources: model.sourceFiles, networking: true, into: &writer)
        return writer.text + SupportTemplate.body + (SupportTemplate.body.hasSuffix("\n") ? "" : "\n")
    }
}
