import Foundation
import XCTest
@_spi(Generated) @testable import OpenAPIGenRuntime

final class RedactionTests: XCTestCase {
    func testURLsLoseCredentialsByNameByMarkAndByValue() {
        XCTAssertEqual(
            Redaction.url("https://u:p@h.example/a?api_key=k1&q=x&sig=abc#frag"),
            "https://<redacted>@h.example/a?api_key=<redacted>&q=x&sig=abc#frag"
        )
        XCTAssertEqual(Redaction.url("https://h/a?code=1&q=2", names: ["code"]), "https://h/a?code=<redacted>&q=2")
        XCTAssertEqual(Redaction.url("https://h/a?q=s%20t&x=s%20t", secrets: ["s t"]), "https://h/a?q=<redacted>&x=<redacted>")
        XCTAssertEqual(Redaction.url("https://h/a/b"), "https://h/a/b")
    }

    func testSensitiveNames() {
        for name in ["Authorization", "Cookie", "Set-Cookie", "X-API-Key", "access_token", "client_secret", "Password", "X-Signature"] {
            XCTAssertTrue(Redaction.isSensitiveName(name), name)
        }
        for name in ["Accept", "Content-Type", "limit", "q", "cursor"] {
            XCTAssertFalse(Redaction.isSensitiveName(name), name)
        }
    }

    func testURLErrorKeepsItsCodeAndLosesTheSecret() throws {
        let url = try XCTUnwrap(URL(string: "http://127.0.0.1:1/items?token_x=abc&key=zzz-secret"))
        let original = URLError(.cannotConnectToHost, userInfo: [NSURLErrorFailingURLErrorKey: url, NSLocalizedDescriptionKey: "failed zzz-secret"])
        let redacted = Redaction.error(original, names: [], secrets: ["zzz-secret"])
        XCTAssertEqual((redacted as? URLError)?.code, .cannotConnectToHost)
        XCTAssertFalse(Redaction.shows(redacted, secrets: ["zzz-secret"]))
        XCTAssertTrue(Redaction.shows(original, secrets: ["zzz-secret"]))
    }

    func testOtherErrorsThatShowASecretAreReplaced() {
        struct Leaky: Error { var detail: String }
        let redacted = Redaction.error(Leaky(detail: "key=hunter2"), names: [], secrets: ["hunter2"])
        XCTAssertTrue(redacted is RedactedError)
        XCTAssertEqual(String(describing: redacted), #"Leaky(detail: "key=<redacted>")"#)
        let clean = Redaction.error(Leaky(detail: "nothing"), names: [], secrets: ["hunter2"])
        XCTAssertTrue(clean is Leaky)
    }

    func testAllowReservedKeepsReservedCharactersButNotDelimitersOfTheQuery() {
        XCTAssertEqual(RequestBuilder.encodeQueryComponent("a/b:c?d=e&f#g[h] %", allowReserved: true), "a/b:c?d=e%26f%23g%5Bh%5D%20%25")
        XCTAssertEqual(RequestBuilder.encodeQueryComponent("a/b,c"), "a%2Fb%2Cc")
        var request = RequestBuilder(method: "GET", operationID: "x")
        request.appendQuery("ids", ["a,b", "c"], explode: false)
        request.appendQuery("p", ["a", "b"], explode: false, delimiter: "|")
        XCTAssertEqual(request.queryItems, ["ids=a%2Cb,c", "p=a%7Cb"])
    }
}
