import Foundation

/// Answers every request with the bytes of the file named by the first argument, read once before the timed call.
struct MemoryTransport: HTTPTransport {
    let body: Data

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        HTTPResponse(statusCode: 200, headerFields: [HTTPHeaderField(name: "Content-Type", value: "application/json")], body: body)
    }
}

let arguments = CommandLine.arguments
guard arguments.count == 2, let body = FileManager.default.contents(atPath: arguments[1]) else {
    FileHandle.standardError.write(Data("usage: DecodeOurs <body.json>\n".utf8))
    exit(2)
}
let client = Client(server: .url(URL(string: "https://catalog.example.com")!), transport: MemoryTransport(body: body))
let clock = ContinuousClock()
let start = clock.now
let items = try await client.listItems()
let elapsed = clock.now - start
let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
print("items=\(items.count) ms=\(String(format: "%.1f", milliseconds))")
