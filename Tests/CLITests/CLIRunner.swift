import Foundation
import XCTest

/// Runs the built `openapi-gen` executable as a user would, in a scratch folder.
struct CLIRunner {
    /// What a run printed and returned.
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Whether the process ended by a signal (a crash: trap, stack overflow, abort) rather than `exit`.
        var crashed = false
        /// Whether the run took longer than its time limit and was killed (a hang).
        var timedOut = false
    }

    /// The files `generate` writes for one API: the types are spread over `Types.swift` … `Types7.swift`, the
    /// runtime over `Support.swift` and `Values.swift`.
    static let outputNames = ["Client.swift", "Support.swift", "Types.swift"] + (1..<8).map { "Types\($0).swift" } + ["Values.swift"]

    /// The package root (three levels above this file).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The executable next to the test bundle.
    static var executable: URL {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("openapi-gen"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("openapi-gen"),
            packageRoot.appendingPathComponent(".build/debug/openapi-gen"),
        ] + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent().appendingPathComponent("openapi-gen") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }

    /// Runs the tool with `arguments` in `directory`. Both pipes are drained at the same time (so a tool that
    /// writes a lot to stderr cannot block), and a run longer than `timeout` seconds is killed and reported as
    /// `timedOut`.
    static func run(_ arguments: [String], in directory: URL, timeout: TimeInterval = 120) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        let stdout = PipeReader(out.fileHandleForReading)
        let stderr = PipeReader(err.fileHandleForReading)
        var timedOut = false
        if exited.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            process.terminate()
            exited.wait()
        }
        return Outcome(
            status: process.terminationStatus,
            stdout: String(decoding: stdout.finish(), as: UTF8.self),
            stderr: String(decoding: stderr.finish(), as: UTF8.self),
            crashed: process.terminationReason == .uncaughtSignal && !timedOut,
            timedOut: timedOut
        )
    }

    /// Reads a pipe to its end on a background thread.
    private final class PipeReader: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var data = Data()

        init(_ handle: FileHandle) {
            Thread.detachNewThread { [self] in
                data = handle.readDataToEndOfFile()
                done.signal()
            }
        }

        /// Everything read, once the writer closed the pipe.
        func finish() -> Data {
            done.wait()
            return data
        }
    }

    /// A new empty folder, removed when the test ends.
    static func scratchFolder(_ test: XCTestCase) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("openapi-gen-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// Every file under `folder` with its bytes, for before/after comparisons.
    static func snapshot(_ folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) { result[path] = data }
        }
        return result
    }
}
