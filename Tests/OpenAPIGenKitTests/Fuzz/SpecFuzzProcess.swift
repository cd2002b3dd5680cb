import Foundation

/// Running the `openapi-gen` binary on a fuzz case.
extension SpecFuzz {
    /// The `openapi-gen` executable built next to the test bundle, if any.
    static func executable() -> URL? {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("openapi-gen"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("openapi-gen"),
        ] + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent().appendingPathComponent("openapi-gen") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// How a run of the binary ended: its exit status and standard error, and whether it crashed or was killed
    /// after its time limit.
    struct ProcessOutcome {
        var status: Int32
        var stderr: String
        var crashed: Bool
        var timedOut: Bool
    }

    /// Runs `binary` with `arguments` in `folder`, killing it after `timeout` seconds.
    static func runProcess(_ binary: URL, _ arguments: [String], in folder: URL, timeout: TimeInterval) throws -> ProcessOutcome {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        let errorLog = folder.appendingPathComponent("stderr.log")
        try Data().write(to: errorLog)
        let errorHandle = try FileHandle(forWritingTo: errorLog)
        defer { try? errorHandle.close() }
        process.standardError = errorHandle
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        var timedOut = false
        if exited.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            process.terminate()
            exited.wait()
        }
        let stderr = String(decoding: (try? Data(contentsOf: errorLog)) ?? Data(), as: UTF8.self)
        return ProcessOutcome(status: process.terminationStatus, stderr: stderr, crashed: process.terminationReason == .uncaughtSignal && !timedOut, timedOut: timedOut)
    }
}
