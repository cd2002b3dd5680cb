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
        // The test target depends on the executable, so `swift test` always builds it next to the tests.
        let binary = try XCTUnwrap(SpecFuzz.executable(), "the openapi-gen binary is not next to the tests")
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
