import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Answers every request with the bytes of the file named by the first argument, read once before the timed call.
struct MemoryTransport: ClientTransport {
    let body: Data

    func send(_ request: HTTPRequest, body requestBody: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        (HTTPResponse(status: .ok, headerFields: [.contentType: "application/json"]), HTTPBody(body))
    }
}

let arguments = CommandLine.arguments
guard arguments.count == 2, let body = FileManager.default.contents(atPath: arguments[1]) else {
    FileHandle.standardError.write(Data("usage: DecodeReference <body.json>\n".utf8))
    exit(2)
}
let client = Client(serverURL: URL(string: "https://catalog.example.com")!, transport: MemoryTransport(body: body))
let clock = ContinuousClock()
let start = clock.now
let items = try await client.listItems().ok.body.json
let elapsed = clock.now - start
let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
print("items=\(items.count) ms=\(String(format: "%.1f", milliseconds))")
