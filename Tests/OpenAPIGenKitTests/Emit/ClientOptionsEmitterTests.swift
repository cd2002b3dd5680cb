import Foundation
import XCTest
@testable import OpenAPIGenKit

/// The client's options that are not per operation (timeouts) and the query options `allowReserved` and
/// `explode: false`, as emitted.
final class ClientOptionsEmitterTests: XCTestCase {
    private func client(_ paths: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        let result = Stages.generate(Fixture.spec(schemas: "{}", paths: paths))
        XCTAssertEqual(result.diagnostics, [], file: file, line: line)
        return trimmedLines(result.file("Client.swift"))
    }

    func testTimeoutsInTheInitAndPerCall() {
        let lines = client("{}")
        XCTAssertTrue(lines.contains("self.executor = RequestExecutor(serverURL: server.urlString, auth: auth, transport: transport, middlewares: middlewares, timeouts: timeouts)"))
        XCTAssertTrue(lines.contains("private init(executor: RequestExecutor) {"))
        XCTAssertTrue(lines.contains("public func withTimeouts(_ timeouts: Timeouts) -> Client {"))
        XCTAssertTrue(lines.contains("Client(executor: executor.withTimeouts(timeouts))"))
    }

    func testAllowReservedIsPassedOnForQueryParametersOnly() {
        let lines = client(##"""
            {"/a": {"get": {"operationId": "find", "parameters": [
                {"name": "path", "in": "query", "allowReserved": true, "schema": {"type": "string"}},
                {"name": "ids", "in": "query", "allowReserved": true, "explode": false, "schema": {"type": "array", "items": {"type": "string"}}},
                {"name": "plain", "in": "query", "schema": {"type": "string"}},
                {"name": "X-Path", "in": "header", "allowReserved": true, "schema": {"type": "string"}}],
                "responses": {"204": {"description": "done"}}}}}
            """##)
        XCTAssertTrue(lines.contains(##"request.appendQuery("path", path, allowReserved: true)"##))
        XCTAssertTrue(lines.contains(##"request.appendQuery("ids", ids, explode: false, allowReserved: true)"##))
        XCTAssertTrue(lines.contains(##"request.appendQuery("plain", plain)"##))
        XCTAssertTrue(lines.contains(##"request.setHeader("X-Path", xPath)"##))
    }
}
