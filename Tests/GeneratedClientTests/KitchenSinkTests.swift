import Foundation
import KitchenSinkAPI
import XCTest

/// The KitchenSink client (`specs/KitchenSink/openapi.json`) decoding and re-encoding JSON for every schema
/// feature: discriminated and ordered `oneOf`, `anyOf`, additional properties, recursion, defaults, read-only and
/// write-only, deprecation, formats, keyword and builtin-shadowing names, nullable references.
///
/// The spec's schemas called `Data`, `Error` and `Task` become `DataModel`, `ErrorModel` and `TaskModel`, so
/// that they do not shadow Foundation's and Swift's types in this file.
final class KitchenSinkTests: XCTestCase {
    // MARK: - oneOf with a discriminator

    func testDiscriminatorWithMappingKeyDecodesTheMappedCaseAndAppliesDefaults() throws {
        let pet = try decode(Pet.self, #"{"petType":"cat","name":"Tom"}"#)
        XCTAssertEqual(pet, .cat(Cat(petType: "cat", name: "Tom", indoor: true)))
        XCTAssertEqual(try encode(pet), #"{"indoor":true,"name":"Tom","petType":"cat"}"#)
        XCTAssertEqual(try decode(Pet.self, #"{"petType":"dog"}"#), .dog(Dog(petType: "dog", bark: .loud)))
    }

    func testDiscriminatorWithoutMappingUsesTheComponentNameAndEncodingAddsIt() throws {
        let lizard = try decode(Pet.self, #"{"petType":"Lizard","scales":12}"#)
        XCTAssertEqual(lizard, .lizard(Lizard(scales: 12)))
        XCTAssertEqual(try encode(Pet.lizard(Lizard(scales: 3))), #"{"petType":"Lizard","scales":3}"#)
        XCTAssertEqual(try decode(Shape.self, #"{"kind":"Circle","radius":2}"#), .circle(Circle(kind: "Circle", radius: 2)))
        XCTAssertEqual(try decode(Shape.self, #"{"kind":"Square","side":1.5}"#), .square(Square(kind: "Square", side: 1.5)))
    }

    func testUnknownDiscriminatorValueIsKeptAndReencodedUnchanged() throws {
        let json = #"{"petType":"parrot","words":["hello",1,null]}"#
        let pet = try decode(Pet.self, json)
        XCTAssertEqual(pet, .undocumented(.object(["petType": "parrot", "words": [.string("hello"), .integer(1), .null]])))
        XCTAssertEqual(try encode(pet), json)
        XCTAssertEqual(try decode(Pet.self, #"{"petType":"Cat","name":"x"}"#), .undocumented(.object(["petType": "Cat", "name": "x"])),
                       "a mapping replaces the component name as discriminator value")
    }

    func testMissingDiscriminatorThrows() {
        XCTAssertThrowsError(try decode(Pet.self, #"{"name":"Tom"}"#)) { error in
            guard case DecodingError.keyNotFound(let key, _)? = error as? DecodingError else { return XCTFail("\(error)") }
            XCTAssertEqual(key.stringValue, "petType")
        }
    }

    // MARK: - oneOf without a discriminator

    func testOrderedOneOfDecodesPrimitiveVariantsInOrder() throws {
        XCTAssertEqual(try decode(Identifier.self, #""0f8fad5b-d9cb-469f-a165-70867728950e""#), .string("0f8fad5b-d9cb-469f-a165-70867728950e"))
        XCTAssertEqual(try decode(Identifier.self, "42"), .integer(42))
        XCTAssertEqual(try decode(Identifier.self, #"["a","b"]"#), .stringArray(["a", "b"]))
        XCTAssertEqual(try encode([Identifier.integer(7), .string("x"), .stringArray([])]), #"[7,"x",[]]"#)
    }

    func testOrderedOneOfListsEveryAttemptWhenNothingMatches() {
        XCTAssertThrowsError(try decode(Identifier.self, "true")) { error in
            guard case DecodingError.dataCorrupted(let context)? = error as? DecodingError else { return XCTFail("\(error)") }
            XCTAssertTrue(context.debugDescription.hasPrefix("No variant of Identifier matches the value."), context.debugDescription)
            for variant in ["Swift.String: ", "Swift.Int64: ", "[Swift.String]: "] {
                XCTAssertTrue(context.debugDescription.contains(variant), "\(variant) in \(context.debugDescription)")
            }
        }
    }

    func testOrderedOneOfWithAnInlineVariant() throws {
        XCTAssertEqual(try decode(SearchResult.self, #"{"title":"found"}"#), .variant2(SearchResult.Variant2(title: "found")))
        XCTAssertEqual(try decode(SearchResult.self, #"{"name":"Tom","petType":"cat"}"#), .cat(Cat(petType: "cat", name: "Tom")))
        XCTAssertEqual(try encode(SearchResult.variant2(.init(title: "t", score: 0.5))), #"{"score":0.5,"title":"t"}"#)
    }

    /// The first variant decodes any object; a later one that declares every key of the value is preferred, so
    /// that no key is dropped; when every variant drops a key, the first that decodes wins.
    func testOrderedOneOfPrefersTheVariantThatKeepsEveryKey() throws {
        XCTAssertEqual(try decode(ContactCard.self, #"{"name":"a"}"#), .variant1(.init(name: "a")))
        XCTAssertEqual(try decode(ContactCard.self, #"{"name":"a","email":"b"}"#), .variant2(.init(name: "a", email: "b")))
        XCTAssertEqual(try encode(try decode(ContactCard.self, #"{"email":"b","name":"a"}"#)), #"{"email":"b","name":"a"}"#)
        XCTAssertEqual(try decode(ContactCard.self, #"{"name":"a","other":1}"#), .variant1(.init(name: "a")))
    }

    // MARK: - anyOf

    func testAnyOfKeepsEveryMatchingVariantAndMergesThemWhenEncoding() throws {
        let both = try decode(ContactInfo.self, #"{"email":"a@example.com","phone":"+49 30 1234"}"#)
        XCTAssertEqual(both.emailContact, EmailContact(email: "a@example.com"))
        XCTAssertEqual(both.phoneContact, PhoneContact(phone: "+49 30 1234"))
        XCTAssertNil(both.string)
        XCTAssertEqual(try encode(both), #"{"email":"a@example.com","phone":"+49 30 1234"}"#)
        let text = try decode(ContactInfo.self, #""call me""#)
        XCTAssertEqual(text, ContactInfo(string: "call me"))
        XCTAssertEqual(try encode(text), #""call me""#)
    }

    func testAnyOfThrowsListingTheAttemptsWhenNoVariantMatches() {
        XCTAssertThrowsError(try decode(ContactInfo.self, #"{"fax":"1"}"#)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("No variant of ContactInfo matches"), text)
            XCTAssertTrue(text.contains("EmailContact: ") && text.contains("PhoneContact: ") && text.contains("Swift.String: "), text)
        }
    }

    // MARK: - additionalProperties

    func testTypedAdditionalPropertiesNextToPropertiesRoundTrip() throws {
        let json = #"{"env":"prod","name":"api","team":"core"}"#
        let labels = try decode(Labels.self, json)
        XCTAssertEqual(labels.name, "api")
        XCTAssertEqual(labels.additionalProperties, ["env": "prod", "team": "core"])
        XCTAssertEqual(try encode(labels), json)
        XCTAssertEqual(try encode(Labels(name: "n", additionalProperties: ["name": "ignored", "x": "y"])), #"{"name":"n","x":"y"}"#)
        XCTAssertThrowsError(try decode(Labels.self, #"{"count":3}"#), "additional values must match their schema")
    }

    func testFreeFormAdditionalPropertiesAndDictionaries() throws {
        let json = #"{"nested":{"list":[1,2.5,null,true]},"version":2}"#
        let metadata = try decode(Metadata.self, json)
        XCTAssertEqual(metadata.version, 2)
        XCTAssertEqual(metadata.additionalProperties, ["nested": .object(["list": [.integer(1), .number(2.5), .null, .bool(true)]])])
        XCTAssertEqual(try encode(metadata), json)
        let counts: Counts = try decode(Counts.self, #"{"a":1,"b":2}"#)
        XCTAssertEqual(counts, ["a": 1, "b": 2])
        let free: FreeForm = try decode(FreeForm.self, #"{"anything":["goes"]}"#)
        XCTAssertEqual(free, ["anything": .array(["goes"])])
    }

    // MARK: - Recursion

    func testDirectlyRecursiveNodeRoundTripsAndKeepsValueSemantics() throws {
        let json = #"{"byName":{"x":{"value":"x"}},"children":[{"value":"c"}],"next":{"next":{"value":"3"},"value":"2"},"value":"1"}"#
        var node = try decode(Node.self, json)
        XCTAssertEqual(node.next?.next?.value, "3")
        XCTAssertNil(node.next?.next?.next)
        XCTAssertEqual(node.children?.first?.value, "c")
        XCTAssertEqual(node.byName?["x"]?.value, "x")
        XCTAssertEqual(try encode(node), json)
        let copy = node
        node.next?.next?.value = "changed"
        XCTAssertEqual(node.next?.next?.value, "changed")
        XCTAssertEqual(copy.next?.next?.value, "3", "boxed properties keep value semantics")
        XCTAssertNotEqual(node, copy)
        XCTAssertEqual(Node(value: "a", next: Node(value: "b")), try decode(Node.self, #"{"value":"a","next":{"value":"b"}}"#))
    }

    func testMutuallyRecursiveTypes() throws {
        let json = #"{"b":{"a":{"b":{"a":{"name":"leaf"}},"name":"middle"},"label":"l"},"name":"root"}"#
        let tree = try decode(TreeA.self, json)
        XCTAssertEqual(tree.b?.a.b?.a.name, "leaf")
        XCTAssertEqual(try encode(tree), json)
        XCTAssertEqual(TreeB(a: TreeA(name: "x")).a.name, "x")
    }

    func testRecursionThroughAOneOfEnum() throws {
        let json = #"{"left":{"type":"literal","value":1},"op":"+","right":{"left":{"type":"literal","value":2},"op":"*","right":{"type":"literal","value":3},"type":"binary"},"type":"binary"}"#
        let expr = try decode(Expr.self, json)
        guard case .binary(let sum) = expr, case .binary(let product) = sum.right else { return XCTFail("\(expr)") }
        XCTAssertEqual(sum.op.rawValue, "+")
        XCTAssertEqual(product.right, .literal(Literal(type: "literal", value: 3)))
        XCTAssertEqual(try encode(expr), json)
    }

    // MARK: - Defaults

    func testMissingKeysGetTheirDefaultsAndTheInitUsesTheSame() throws {
        let settings = try decode(Settings.self, "{}")
        XCTAssertEqual(settings, Settings())
        XCTAssertEqual(settings.title, #"Untitled "draft""#)
        XCTAssertEqual(settings.retries, 3)
        XCTAssertEqual(settings.limit, 100)
        XCTAssertEqual(settings.ratio, 0.5)
        XCTAssertEqual(settings.scale, 2)
        XCTAssertFalse(settings.enabled)
        XCTAssertEqual(settings.mode, .safe)
        XCTAssertEqual(settings.level, .medium, "the default of a referenced enum component")
        XCTAssertEqual(settings.startDate, OpenAPIDate(year: 2024, month: 1, day: 31))
        XCTAssertEqual(settings.startTime, OpenAPICoding.parseDateTime("2024-01-31T10:00:00.5Z"))
        XCTAssertEqual(settings.tags, ["a", "b"])
        XCTAssertEqual(settings.note, "none")
        XCTAssertEqual(settings.extra, .object(["k": [.integer(1), .number(2.5), .null]]))
        XCTAssertNil(settings.labels, "an object default cannot be written as a Swift value and is left out")
        XCTAssertNil(settings.wrongType, "a default of the wrong type is left out")
    }

    func testExplicitValuesAndNullWinOverDefaults() throws {
        let settings = try decode(Settings.self, #"{"note":null,"retries":5,"mode":"fast","startDate":"2020-02-29"}"#)
        XCTAssertNil(settings.note, "an explicit null of a nullable property is kept")
        XCTAssertEqual(settings.retries, 5)
        XCTAssertEqual(settings.mode, .fast)
        XCTAssertEqual(settings.startDate.description, "2020-02-29")
        let encoded = try encode(Settings(enabled: true))
        XCTAssertTrue(encoded.contains(#""enabled":true"#), encoded)
        XCTAssertTrue(encoded.contains(#""startTime":"2024-01-31T10:00:00.5Z""#), encoded)
        XCTAssertTrue(encoded.contains(#""startDate":"2024-01-31""#), encoded)
    }

    // MARK: - readOnly, writeOnly, deprecated

    func testWriteOnlyIsOptionalAndReadOnlyIsDecoded() throws {
        let account = try decode(Account.self, #"{"id":"a-1","email":"e@example.com","createdAt":"2024-01-01T00:00:00Z"}"#)
        XCTAssertNil(account.password, "servers never send write-only properties")
        XCTAssertEqual(account.id, "a-1")
        XCTAssertEqual(account.createdAt?.timeIntervalSince1970, 1_704_067_200)
        XCTAssertEqual(try encode(Account(id: "i", email: "e", password: "pw")), #"{"email":"e","id":"i","password":"pw"}"#)
    }

    func testDeprecatedPropertyAndSchemaStillDecodeAndEncode() throws {
        let widget = try decode(Widget.self, #"{"legacy":{"size":3},"name":"w","oldName":"old"}"#)
        XCTAssertEqual(deprecated.oldName(of: widget), "old")
        XCTAssertEqual(widget.legacy, _LegacyWidget(size: 3))
        XCTAssertEqual(try encode(widget), #"{"legacy":{"size":3},"name":"w","oldName":"old"}"#)
        XCTAssertEqual(try encode(Widget(name: "n", oldName: "o")), #"{"name":"n","oldName":"o"}"#)
    }

    // MARK: - Formats, names, nullable references

    func testEveryFormat() throws {
        let json = #"""
            {"int32":-5,"int64":9007199254740993,"integer":1,"float":1.5,"double":0.1,"number":2,
             "dateTime":"2018-09-02T03:00:00.178+02:00","date":"2024-02-29","byte":"aGk=","binary":"AAE=",
             "uuid":"not-a-uuid","uri":"https://example.com/a b","email":"x","hostname":"h","password":"p","boolean":true}
            """#
        let formats = try decode(Formats.self, json)
        XCTAssertEqual(formats.int32, Int32(-5))
        XCTAssertEqual(formats.int64, Int64(9_007_199_254_740_993))
        XCTAssertEqual(formats.float, Float(1.5))
        XCTAssertEqual(formats.double, 0.1)
        XCTAssertEqual(((formats.dateTime?.timeIntervalSince1970 ?? 0) * 1000).rounded(), 1_535_850_000_178)
        XCTAssertEqual(formats.date, OpenAPIDate(year: 2024, month: 2, day: 29))
        XCTAssertEqual(formats.byte, Foundation.Data("hi".utf8))
        XCTAssertEqual(formats.binary, Foundation.Data([0, 1]))
        XCTAssertEqual(formats.uuid, "not-a-uuid", "uuid stays a string so that odd values decode")
        XCTAssertEqual(formats.uri, "https://example.com/a b")
        XCTAssertEqual(formats.boolean, true)
    }

    func testKeywordPropertiesAndShadowingTypeNames() throws {
        let keywords = try decode(Keywords.self, #"{"default":"d","self":"s","Type":"T","class":"c","protocol":"p","init":"i","description":"x"}"#)
        XCTAssertEqual([keywords.default, keywords._self, keywords.type, keywords.class, keywords.protocol, keywords._init, keywords.description], ["d", "s", "T", "c", "p", "i", "x"])
        let task = try decode(TaskModel.self, #"{"status":"done","state":"inactive","link":"https://x","attachment":{"payload":"aGk="}}"#)
        XCTAssertEqual(task.status, TaskModel.Status2.done, "the inline enum does not shadow the component Status")
        XCTAssertEqual(task.state, Status.inactive)
        XCTAssertEqual(task.attachment?.payload, Foundation.Data("hi".utf8))
        let error: KitchenSinkAPI.ErrorModel = try decode(KitchenSinkAPI.ErrorModel.self, #"{"message":"m"}"#)
        XCTAssertEqual(error.message, "m")
    }

    func testNullableThroughReferencesDecodesNullAndEncodesIt() throws {
        let json = #"{"backup":null,"note":null,"owner":null,"plain":{"name":"p"}}"#
        let assignment = try decode(Assignment.self, json)
        XCTAssertNil(assignment.owner)
        XCTAssertNil(assignment.note)
        XCTAssertNil(assignment.backup)
        XCTAssertEqual(assignment.plain, Owner(name: "p"))
        XCTAssertEqual(try encode(assignment), json, "required nullable keys are written as null")
        XCTAssertThrowsError(try decode(Assignment.self, #"{"backup":null,"note":null,"owner":null,"plain":null}"#))
    }

    // MARK: - Helpers

    private let deprecated: any DeprecatedReading = DeprecatedAccess()

    private func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try OpenAPICoding.makeDecoder().decode(type, from: Foundation.Data(json.utf8))
    }

    private func encode<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try OpenAPICoding.makeEncoder().encode(value), as: UTF8.self)
    }
}

/// Reads deprecated API through a protocol, the only way to call it without a deprecation warning in the tests.
protocol DeprecatedReading {
    func oldName(of widget: Widget) -> String?
    func legacyWidget(from client: Client) async throws -> _LegacyWidget
}

/// The deprecated witnesses of `DeprecatedReading`.
struct DeprecatedAccess: DeprecatedReading {
    @available(*, deprecated)
    func oldName(of widget: Widget) -> String? {
        widget.oldName
    }

    @available(*, deprecated)
    func legacyWidget(from client: Client) async throws -> _LegacyWidget {
        try await client.getLegacyWidget()
    }
}
