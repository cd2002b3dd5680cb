import XCTest
@testable import OpenAPIGenKit

/// What a method returns for each success shape.
final class SuccessReturnTypeTests: XCTestCase {
    private let json = ResponseContent(body: .json(.named("T")), accept: "application/json")

    func testEachShapeReturnsItsValue() {
        XCTAssertNil(SuccessResponse.noBody(statuses: ["204"], doc: nil).returnType)
        XCTAssertEqual(SuccessResponse.body(json, statuses: ["200"], doc: nil).returnType, .named("T"))
        XCTAssertEqual(SuccessResponse.bodyOrNone(json, statuses: ["200"], emptyStatuses: ["204"], doc: nil).returnType, .optional(.named("T")))
        XCTAssertEqual(SuccessResponse.perStatus(enumName: "R", variants: []).returnType, .named("R"))
    }

    func testBodiesAreReadAsTheirValueTypes() {
        XCTAssertEqual(ResponseBody.text.valueType, .string)
        XCTAssertEqual(ResponseBody.bytes.valueType, .data)
        XCTAssertEqual(ResponseBody.contentTypes(enumName: "C", []).valueType, .named("C"))
        XCTAssertEqual(ResponseBody.serverSentEvents(.named("T")).valueType.swift, "Swift.AsyncThrowingStream<ServerSentEvent<T>, any Swift.Error>")
        XCTAssertEqual(ResponseBody.serverSentEvents(nil).valueType.swift, "Swift.AsyncThrowingStream<ServerSentEvent<Swift.String>, any Swift.Error>")
        XCTAssertEqual(ResponseBody.jsonLines(.int).valueType.swift, "Swift.AsyncThrowingStream<Swift.Int, any Swift.Error>")
    }
}
