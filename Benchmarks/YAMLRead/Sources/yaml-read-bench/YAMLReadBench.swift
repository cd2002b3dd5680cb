import Foundation
import OpenAPIGenKit

/// `yaml-read-bench DOCUMENT.json [--runs N]`: converts the JSON document to YAML (block and flow style, with
/// `YAMLWriter`), checks that `YAMLLoader` reads both back to the value `JSONLoader` reads from the JSON, then
/// times, alternating, N runs each of
///
/// - `JSONSerialization.jsonObject` on the JSON bytes (Foundation's reader, values as `Any`),
/// - `JSONLoader.load` on the JSON bytes (openapi-gen's JSON path: `JSONReader`'s one strict pass straight to
///   `JSONValue`),
/// - `YAMLLoader.load` on the block-style and on the flow-style YAML bytes (to `JSONValue`),
///
/// and prints the median of each and the ratio of YAML reading to `JSONSerialization`, as a markdown table.
@main
struct YAMLReadBench {
    static func main() throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        var runs = 9
        if let flag = arguments.firstIndex(of: "--runs"), flag + 1 < arguments.count, let count = Int(arguments[flag + 1]) {
            runs = max(1, count)
            arguments.removeSubrange(flag...(flag + 1))
        }
        guard let path = arguments.first else {
            FileHandle.standardError.write(Data("usage: yaml-read-bench DOCUMENT.json [--runs N]\n".utf8))
            exit(64)
        }
        let json = try Data(contentsOf: URL(fileURLWithPath: path))
        var diagnostics = DiagnosticBag()
        guard let value = JSONLoader.load(json, file: path, diagnostics: &diagnostics) else {
            FileHandle.standardError.write(Data((diagnostics.all.map(\.description).joined(separator: "\n") + "\n").utf8))
            exit(1)
        }
        let block = Data(YAMLWriter.text(value, style: .block).utf8)
        let flow = Data(YAMLWriter.text(value, style: .flow).utf8)
        for (name, yaml) in [("block", block), ("flow", flow)] {
            var yamlDiagnostics = DiagnosticBag()
            guard YAMLLoader.load(yaml, file: "\(name).yaml", diagnostics: &yamlDiagnostics) == value else {
                FileHandle.standardError.write(Data("the \(name)-style YAML does not read back to the JSON value: \(yamlDiagnostics.all.first?.description ?? "a different value")\n".utf8))
                exit(1)
            }
        }

        var times: [String: [Double]] = [:]
        func measure(_ name: String, _ body: () -> Void) {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            times[name, default: []].append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        for run in 0...runs {
            measure("JSONSerialization.jsonObject (JSON)") { _ = try? JSONSerialization.jsonObject(with: json, options: [.fragmentsAllowed]) }
            measure("JSONLoader.load (JSON)") { var bag = DiagnosticBag(); _ = JSONLoader.load(json, file: "a.json", diagnostics: &bag) }
            measure("YAMLLoader.load (YAML, block style)") { var bag = DiagnosticBag(); _ = YAMLLoader.load(block, file: "a.yaml", diagnostics: &bag) }
            measure("YAMLLoader.load (YAML, flow style)") { var bag = DiagnosticBag(); _ = YAMLLoader.load(flow, file: "a.yaml", diagnostics: &bag) }
            if run == 0 { times = [:] }  // the first round warms up
        }
        func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
        let baseline = median(times["JSONSerialization.jsonObject (JSON)"] ?? [1])
        let sizes = ["(JSON)": json.count, "block": block.count, "flow": flow.count]
        print("\((path as NSString).lastPathComponent), median of \(runs) runs:\n")
        print("| reader | input | median s | × JSONSerialization |")
        print("| --- | ---: | ---: | ---: |")
        for name in ["JSONSerialization.jsonObject (JSON)", "JSONLoader.load (JSON)", "YAMLLoader.load (YAML, block style)", "YAMLLoader.load (YAML, flow style)"] {
            let time = median(times[name] ?? [0])
            let size = sizes.first { name.contains($0.key) }?.value ?? json.count
            print("| \(name) | \(String(format: "%.2f", Double(size) / 1_048_576)) MiB | \(String(format: "%.3f", time)) | \(String(format: "%.2f", time / baseline)) |")
        }
    }
}
