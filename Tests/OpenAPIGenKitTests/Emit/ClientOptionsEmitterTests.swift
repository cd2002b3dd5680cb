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
        let lines = joiningParameterLists(client("{}"))
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

    private let listPets = ##"""
        {"/pets": {"get": {"operationId": "listPets", "summary": "Lists pets.", "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer"}}],
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}}}}}}}}
        """##

    func testAPIProtocolHasOneRequirementPerOperationAndThrowingDefaults() {
        let result = Stages.generate(Fixture.spec(schemas: ##"{"Pet": {"type": "object", "properties": {"name": {"type": "string"}}}}"##, paths: listPets))
        XCTAssertEqual(result.diagnostics, [])
        let lines = trimmedLines(result.file("Client.swift"))
        for expected in [
            "public struct Client: APIProtocol {",
            "public protocol APIProtocol: Swift.Sendable {",
            "/// `GET /pets`: Lists pets.",
            "func listPets(limit: Swift.Int?) async throws -> [Pet]",
            "extension APIProtocol {",
            "public func listPets(limit: Swift.Int?) async throws -> [Pet] {",
            ##"throw OperationNotImplemented(operationID: "listPets")"##,
            "public func listPets(limit: Swift.Int? = nil) async throws -> [Pet] {",
        ] {
            XCTAssertTrue(lines.contains(expected), "missing `\(expected)`")
        }
    }

    /// Swift does not nest extensions, so with a namespace the defaults are at file scope with qualified types.
    func testWithANamespaceTheDefaultsQualifyEveryGeneratedType() {
        let spec = Fixture.spec(schemas: ##"{"Pet": {"type": "object", "properties": {"name": {"type": "string"}}}}"##, paths: listPets)
        let result = Pipeline.generate(
            [SpecSource(displayPath: "t.json", data: Data(spec.utf8))],
            configSource: SpecSource(displayPath: "openapi-gen.json", data: Data(##"{"namespace": "Zoo"}"##.utf8))
        )
        XCTAssertEqual(result.diagnostics, [])
        let lines = trimmedLines(result.files.first { $0.name == "Client.swift" }?.contents ?? "")
        XCTAssertTrue(lines.contains("extension Zoo.APIProtocol {"))
        XCTAssertTrue(lines.contains("public func listPets(limit: Swift.Int?) async throws -> [Zoo.Pet] {"))
        XCTAssertTrue(lines.contains(##"throw Zoo.OperationNotImplemented(operationID: "listPets")"##))
        XCTAssertEqual(ProtocolEmitter.qualified(.optional(.dictionary(.array(.named("A.B")))), prefix: "Z.", runtimePrefix: "Z."), "[Swift.String: [Z.A.B]]?")
        XCTAssertEqual(ProtocolEmitter.qualified(.date, prefix: "Z.", runtimePrefix: "Z."), "Z.OpenAPIDate")
        XCTAssertEqual(ProtocolEmitter.qualified(.string, prefix: "Z.", runtimePrefix: "Z."), "Swift.String")
        // An imported runtime is not inside the namespace; the standard library's stream never is.
        XCTAssertEqual(ProtocolEmitter.qualified(.date, prefix: "Z.", runtimePrefix: ""), "OpenAPIDate")
        XCTAssertEqual(
            ProtocolEmitter.qualified(.stream(.serverSentEvent(.named("Tick"))), prefix: "Z.", runtimePrefix: "Z."),
            "Swift.AsyncThrowingStream<Z.ServerSentEvent<Z.Tick>, any Swift.Error>"
        )
        XCTAssertEqual(
            ProtocolEmitter.qualified(.stream(.explicitNull(.json)), prefix: "Z.", runtimePrefix: ""),
            "Swift.AsyncThrowingStream<OpenAPINullable<JSONValue>, any Swift.Error>"
        )
    }

    /// A streamed response in a namespaced API: the defaults spell the stream with the standard library's name and
    /// the event and payload types qualified (they were written `Zoo.Swift.AsyncThrowingStream<ServerSentEvent<Tick>, …>`).
    func testWithANamespaceStreamedResponsesAreQualifiedInTheDefaults() {
        let paths = ##"""
            {"/ticks": {"get": {"operationId": "streamTicks",
                "responses": {"200": {"description": "ok", "content": {"text/event-stream": {"schema": {"$ref": "#/components/schemas/Tick"}}}}}}}}
            """##
        let spec = Fixture.spec(schemas: ##"{"Tick": {"type": "object", "properties": {"n": {"type": "integer"}}}}"##, paths: paths)
        for (runtimePrefix, lines) in namespacedClientLines(spec) {
            XCTAssertTrue(
                lines.contains("public func streamTicks() async throws -> Swift.AsyncThrowingStream<\(runtimePrefix)ServerSentEvent<Zoo.Tick>, any Swift.Error> {"),
                lines.filter { $0.contains("streamTicks") }.joined(separator: "\n")
            )
        }
    }

    /// A runtime type in a requirement of a namespaced API (a multipart body the document leaves undescribed is the
    /// runtime's `MultipartBody`): the defaults, at file scope, spell it inside the namespace only when the runtime
    /// is embedded there. As a generated type's name it was `Zoo.MultipartBody` in both, which does not compile
    /// against the imported library.
    func testWithANamespaceRuntimeTypesInTheDefaultsFollowTheRuntime() {
        let paths = ##"""
            {"/upload": {"post": {"operationId": "upload",
                "requestBody": {"required": true, "content": {"multipart/form-data": {}}},
                "responses": {"204": {"description": "done"}}}}}
            """##
        let spec = Fixture.spec(schemas: "{}", paths: paths)
        for (runtimePrefix, lines) in namespacedClientLines(spec) {
            XCTAssertTrue(
                lines.contains("public func upload(body: \(runtimePrefix)MultipartBody) async throws {"),
                lines.filter { $0.contains("upload") }.joined(separator: "\n")
            )
        }
    }

    /// The trimmed lines of `Client.swift` for `spec` generated inside the namespace `Zoo`, with the runtime
    /// embedded (its types are then `Zoo.`-qualified) and imported (unqualified), each with that prefix.
    private func namespacedClientLines(_ spec: String, file: StaticString = #filePath, line: UInt = #line) -> [(runtimePrefix: String, lines: [String])] {
        [("embed", "Zoo."), ("import", "")].map { runtime, runtimePrefix in
            let result = Pipeline.generate(
                [SpecSource(displayPath: "api.json", data: Data(spec.utf8))],
                configSource: SpecSource(displayPath: "openapi-gen.json", data: Data(#"{"namespace": "Zoo", "runtime": "\#(runtime)"}"#.utf8))
            )
            XCTAssertEqual(result.diagnostics, [], file: file, line: line)
            return (runtimePrefix, trimmedLines(result.files.first { $0.name == "Client.swift" }?.contents ?? ""))
        }
    }
}
