import XCTest
@testable import OpenAPIGenKit

final class SwiftNameTests: XCTestCase {
    /// One row per case: the spec's name, the type name, the member name.
    private let table: [(input: String, typeName: String, memberName: String)] = [
        ("", "Empty", "empty"),
        ("3d", "_3d", "_3d"),
        ("created-at", "CreatedAt", "createdAt"),
        ("created_at", "CreatedAt", "createdAt"),
        ("created.at", "CreatedAt", "createdAt"),
        ("created at", "CreatedAt", "createdAt"),
        ("CreatedAt", "CreatedAt", "createdAt"),
        ("ALL_CAPS", "AllCaps", "allCaps"),
        ("HTTPStatus", "HTTPStatus", "httpStatus"),
        ("clusterId", "ClusterId", "clusterId"),
        ("URLValue", "URLValue", "urlValue"),
        ("SSD Premium", "SSDPremium", "ssdPremium"),
        ("ünïcode", "Ünïcode", "ünïcode"),
        ("default", "Default", "default"),
        ("self", "_Self", "_self"),
        ("Self", "_Self", "_self"),
        ("Type", "_Type", "type"),
        ("Protocol", "_Protocol", "protocol"),
        ("Error", "Error", "error"),
        ("Data", "Data", "data"),
        ("URL", "URL", "url"),
        ("CodingKeys", "CodingKeys", "codingKeys"),
        ("init", "Init", "_init"),
        ("--x--", "X", "x"),
        ("v2_beta", "V2Beta", "v2Beta"),
        ("a😀b", "AB", "aB"),
    ]

    func testTypeNames() {
        for row in table {
            XCTAssertEqual(SwiftName.typeName(row.input), row.typeName, "typeName(\"\(row.input)\")")
        }
    }

    func testMemberNames() {
        for row in table {
            XCTAssertEqual(SwiftName.memberName(row.input), row.memberName, "memberName(\"\(row.input)\")")
        }
    }

    func testWords() {
        XCTAssertEqual(SwiftName.words("created_at"), ["created", "at"])
        XCTAssertEqual(SwiftName.words("createdAt"), ["created", "At"])
        XCTAssertEqual(SwiftName.words("HTTPStatus"), ["HTTP", "Status"])
        XCTAssertEqual(SwiftName.words("ALL_CAPS"), ["all", "caps"])
        XCTAssertEqual(SwiftName.words("  "), [])
    }

    /// The byte-level splitter for ASCII names must agree with the character-level one on every ASCII input:
    /// a table of awkward names, and every member name in the bundled specs.
    func testASCIIWordsAgreeWithUnicodeWords() throws {
        var inputs = table.map(\.input) + [
            "", "_", "__a__", "a", "A", "1", "1a", "a1", "A1B", "aB1c", "ABC", "ABCdef", "ABCDef", "abcDEF", "abc_DEF",
            "X-Rate-Limit", "x-amz-date", "HTTP_STATUS_CODE", "IPv4Address", "v1.2.3", "OAuth2Token", "ID", "userID",
            "user\r\nid", "a\tb", "$ref", "@type", "~0~1", "100%", "snake_case_Name", "S3", "s3Bucket", "MAX_SIZE2",
        ]
        let specs = Fixture.packageRoot.appendingPathComponent("specs")
        let files = FileManager.default.enumerator(at: specs, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "json" } ?? []
        XCTAssertFalse(files.isEmpty, "no spec files under \(specs.path)")
        for file in files {
            inputs += Self.keys(in: try JSONSerialization.jsonObject(with: Data(contentsOf: file)))
        }
        for input in inputs where input.utf8.allSatisfy({ $0 < 0x80 }) {
            XCTAssertEqual(SwiftName.asciiWords(Array(input.utf8)), SwiftName.unicodeWords(input), "words(\"\(input)\")")
        }
    }

    private static func keys(in object: Any) -> [String] {
        if let dictionary = object as? [String: Any] {
            return dictionary.keys.sorted() + dictionary.keys.sorted().flatMap { keys(in: dictionary[$0] as Any) }
        }
        if let array = object as? [Any] { return array.flatMap(keys(in:)) }
        if let string = object as? String { return [string] }
        return []
    }

    func testUniqueAddsStableSuffixes() {
        var taken: Set<String> = []
        XCTAssertEqual(SwiftName.unique("Status", in: &taken), "Status")
        XCTAssertEqual(SwiftName.unique("Status", in: &taken), "Status2")
        XCTAssertEqual(SwiftName.unique("Status", in: &taken), "Status3")
        XCTAssertEqual(SwiftName.unique("Other", in: &taken), "Other")
        XCTAssertEqual(taken, ["Status", "Status2", "Status3", "Other"])
    }

    func testUniqueSkipsSuffixesAlreadyTaken() {
        var taken: Set<String> = ["Status", "Status2"]
        XCTAssertEqual(SwiftName.unique("Status", in: &taken), "Status3")
    }

    func testEscapedAddsBackticksForKeywordsOnly() {
        let rows: [(String, String)] = [
            ("default", "`default`"), ("class", "`class`"), ("protocol", "`protocol`"), ("in", "`in`"), ("Any", "`Any`"),
            ("name", "name"), ("type", "type"), ("_self", "_self"), ("Type", "Type"), ("error", "error"), ("self2", "self2"),
        ]
        for (input, expected) in rows {
            XCTAssertEqual(SwiftName.escaped(input), expected, input)
        }
    }

    func testMemberNamesAreValidAfterEscaping() {
        // Names that even backticks cannot make usable everywhere get an underscore instead.
        for raw in ["self", "Self", "init", "Type", "Protocol", "deinit", "subscript", "super", "hashValue", "_"] {
            let name = SwiftName.memberName(raw)
            XCTAssertFalse(SwiftKeywords.unusableMembers.contains(name), "\(raw) → \(name)")
        }
    }

    func testASCIIWordsJoinAsTheCharacterPathJoinsThem() {
        // The byte path must agree with the Unicode one for every ASCII word list: 3,000 generated lists of 1–4
        // words of letters and digits in every case mix, plus the edge cases by hand.
        let alphabet = Array("aZ0bY9mQ_x".utf8).filter { $0 != UInt8(ascii: "_") }
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state % UInt64(bound))
        }
        var lists: [[String]] = [["ID"], ["URL2"], ["id"], ["Abc"], ["9lives"], ["a", "B"], ["HTTP", "status"], ["x", "9", "Y"]]
        for _ in 0..<3_000 {
            lists.append((0...next(4)).map { _ in String(decoding: (0...next(6)).map { _ in alphabet[next(alphabet.count)] }, as: UTF8.self) })
        }
        for parts in lists {
            for lowerFirst in [false, true] {
                XCTAssertEqual(SwiftName.camelCased(parts, lowerFirst: lowerFirst), SwiftName.characterCamelCased(parts, lowerFirst: lowerFirst), "\(parts), lowerFirst: \(lowerFirst)")
            }
        }
        XCTAssertEqual(SwiftName.camelCased(["é", "x"], lowerFirst: false), "ÉX", "other text goes by Character")
    }
}

