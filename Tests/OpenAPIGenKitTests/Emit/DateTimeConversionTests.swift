import XCTest
@testable import OpenAPIGenKit

/// The conversion of a type holding date-times to and from the same type with `OpenAPIDateTime` for each date,
/// at any nesting of arrays, dictionaries and optionals; and which typealiases stand for such a type.
final class DateTimeConversionTests: XCTestCase {
    private func conversion(_ type: TypeRef, aliases: [String: TypeRef] = [:]) -> DateTimeConversion? {
        let decls = aliases.map { TypeDecl(name: $0.key, origin: .root, kind: .alias($0.value)) }
        return DateTimeCoding(decls).conversion(type)
    }

    func testEachNestingConvertsEveryDate() throws {
        let cases: [(TypeRef, codingType: String, suffix: String, encoded: String)] = [
            (.dateTime, "OpenAPIDateTime", ".date", "OpenAPIDateTime(v)"),
            (.optional(.dateTime), "OpenAPIDateTime?", "?.date", "v.map { OpenAPIDateTime($0) }"),
            (.array(.dateTime), "[OpenAPIDateTime]", ".map(\\.date)", "v.map(OpenAPIDateTime.init)"),
            (.array(.array(.dateTime)), "[[OpenAPIDateTime]]", ".map { $0.map(\\.date) }", "v.map { $0.map(OpenAPIDateTime.init) }"),
            (.array(.optional(.dateTime)), "[OpenAPIDateTime?]", ".map { $0?.date }", "v.map { $0.map { OpenAPIDateTime($0) } }"),
            (
                .optional(.dictionary(.array(.dateTime))), "[Swift.String: [OpenAPIDateTime]]?", "?.mapValues { $0.map(\\.date) }",
                "v.map { $0.mapValues { $0.map(OpenAPIDateTime.init) } }"
            ),
            (.optional(.optional(.dateTime)), "OpenAPIDateTime??", ".map { $0?.date }", "v.map { $0.map { OpenAPIDateTime($0) } }"),
        ]
        for (type, codingType, suffix, encoded) in cases {
            let conversion = try XCTUnwrap(self.conversion(type), "\(type)")
            XCTAssertEqual(conversion.codingType, codingType)
            XCTAssertEqual(conversion.decodeSuffix, suffix)
            XCTAssertEqual(conversion.encoded("v"), encoded)
        }
    }

    func testOptionalAndUnwrappedConversions() throws {
        let array = try XCTUnwrap(conversion(.array(.dateTime)))
        XCTAssertEqual(array.optional.type, .optional(.array(.dateTime)))
        XCTAssertEqual(array.optional.decodeSuffix, "?.map(\\.date)")
        XCTAssertEqual(array.optional.unwrapped, array)
        XCTAssertEqual(array.optional.optional, array.optional)
    }

    func testTypesWithoutDatesHaveNoConversion() {
        for type: TypeRef in [.string, .date, .array(.optional(.int)), .dictionary(.named("Event")), .json] {
            XCTAssertNil(conversion(type), "\(type)")
        }
        XCTAssertNil(conversion(.array(.named("Plain")), aliases: ["Plain": .array(.string)]))
    }

    func testAliasesOfDatesAreExpandedThroughChains() throws {
        let aliases: [String: TypeRef] = ["Stamp": .dateTime, "Moment": .named("Stamp"), "Stamps": .array(.named("Moment")), "Log": .dictionary(.named("Stamps"))]
        let log = try XCTUnwrap(conversion(.optional(.named("Log")), aliases: aliases))
        XCTAssertEqual(log.type, .optional(.dictionary(.array(.dateTime))))
        XCTAssertEqual(log.codingType, "[Swift.String: [OpenAPIDateTime]]?")
        XCTAssertEqual(try XCTUnwrap(conversion(.named("Moment"), aliases: aliases)).type, .dateTime)
    }

    func testALoopOfAliasesHoldsNoDate() {
        let aliases: [String: TypeRef] = ["A": .named("B"), "B": .array(.named("A")), "C": .named("A")]
        XCTAssertNil(conversion(.named("C"), aliases: aliases))
        XCTAssertNil(conversion(.named("A"), aliases: aliases))
    }

    func testALongChainOfAliasesIsFollowedWithoutRecursion() throws {
        var aliases: [String: TypeRef] = ["A0": .dateTime]
        for index in 1...20_000 { aliases["A\(index)"] = .named("A\(index - 1)") }
        XCTAssertEqual(try XCTUnwrap(conversion(.array(.named("A20000")), aliases: aliases)).type, .array(.dateTime))
        XCTAssertEqual(try XCTUnwrap(conversion(.named("A1"), aliases: aliases)).type, .dateTime)
    }

    func testNestedAliasesAreFoundByTheirQualifiedName() throws {
        var outer = TypeDecl(name: "Event", origin: .root, kind: .structure([]))
        outer.nested = [TypeDecl(name: "At", origin: .root, kind: .alias(.dateTime))]
        let coding = DateTimeCoding([outer])
        XCTAssertEqual(try XCTUnwrap(coding.conversion(.named("Event.At"))).type, .dateTime)
        XCTAssertNil(coding.conversion(.named("Event")))
    }
}
