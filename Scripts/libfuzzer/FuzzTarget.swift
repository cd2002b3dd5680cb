import Foundation

/// libFuzzer's entry point, compiled together with the sources of OpenAPIGenKit by `Scripts/libfuzzer/run`.
///
/// Each input is taken as one OpenAPI document and sent through the whole pipeline (load, bundle, merge,
/// parse, resolve, lower, emit) and through `validate`'s path (diagnostics with line and column). External
/// references read nothing: the reader returns no data, so every external `$ref` is a diagnostic. A crash,
/// a sanitizer report, a timeout or running out of memory is a finding; diagnostics are the expected answer.
/// The result must also hold what the CLI promises: all files exactly when there is no error, and a line for
/// every diagnostic that has a pointer.
///
/// Every input is read twice: as `fuzz.json` (the JSON reader) and as `fuzz.yaml` (the YAML reader, which also
/// reads JSON text, as YAML's flow style).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    check(SpecSource(displayPath: "fuzz.json", data: data))
    check(SpecSource(displayPath: "fuzz.yaml", data: data))
    return 0
}

/// Runs one document through the pipeline and aborts when the result breaks a promise.
func check(_ source: SpecSource) {
    let result = Pipeline.generate([source], config: GeneratorConfig(), fileReader: { _ in nil })
    let hasErrors = result.diagnostics.contains { $0.severity == .error }
    if hasErrors && !result.files.isEmpty {
        fputs("finding: files were produced although there are errors\n", stderr)
        abort()
    }
    if !hasErrors && result.files.count != Pipeline.outputFileNames.count {
        fputs("finding: no error, but not every file\n", stderr)
        abort()
    }
    for diagnostic in result.diagnostics where diagnostic.pointer != nil && diagnostic.line == nil {
        fputs("finding: a diagnostic whose pointer has no line: \(diagnostic)\n", stderr)
        abort()
    }
}
