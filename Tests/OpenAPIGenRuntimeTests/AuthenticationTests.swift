@_spi(Generated) @testable import OpenAPIGenRuntime
import XCTest

/// `Auth` never shows its secrets, in descriptions or in `dump`.
final class AuthenticationTests: XCTestCase {
    func testDescriptionsRedactSecrets() {
        XCTAssertEqual(Auth.basic(username: "ann", password: "s3cret").description, #"Auth.basic(username: "ann", password: <redacted>)"#)
        XCTAssertEqual(Auth.bearer("t0ken").debugDescription, "Auth.bearer(<redacted>)")
        XCTAssertEqual("\(Auth.apiKey("k3y"))", "Auth.apiKey(<redacted>)")
    }

    func testDumpShowsNoSecret() {
        var text = ""
        dump(Auth.basic(username: "ann", password: "s3cret"), to: &text)
        dump(Auth.bearer("t0ken"), to: &text)
        XCTAssertFalse(text.contains("s3cret") || text.contains("t0ken"), text)
    }
}
