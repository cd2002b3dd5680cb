import Foundation
@_spi(Generated) @testable import OpenAPIGenRuntime
import XCTest

/// `WebLink` (RFC 8288 `Link` fields), `PageLinks` (resolving and checking next-page links) and the executor
/// sending a followed link.
final class PageLinksTests: XCTestCase {
    private let base = URL(string: "https://api.example.com/v1/items?page=1")!

    func testSeveralLinksWithQuotedAndBareParameters() {
        let links = WebLink.parse(#"<https://api.example.com/v1/items?page=2>; rel="next", <https://api.example.com/v1/items?page=9>; rel=last; title="a, b; c""#)
        XCTAssertEqual(links.map(\.target), ["https://api.example.com/v1/items?page=2", "https://api.example.com/v1/items?page=9"])
        XCTAssertEqual(links.map(\.relations), [["next"], ["last"]])
        XCTAssertEqual(links[1].parameters["title"], .some("a, b; c"))
    }

    func testCommasAndSemicolonsInsideTheTargetAndEscapesInQuotes() {
        let links = WebLink.parse(#"<https://h/x?a=1,2;b=3>; rel="next"; title="say \"hi\"""#)
        XCTAssertEqual(links.count, 1)
        XCTAssertEqual(links.first?.target, "https://h/x?a=1,2;b=3")
        XCTAssertEqual(links.first?.parameters["title"], .some(#"say "hi""#))
    }

    func testRelationTypesAreSpaceSeparatedAndCaseInsensitive() {
        let link = WebLink.parse(#"</p3>; REL="Last  NEXT""#).first
        XCTAssertEqual(link?.relations, ["last", "next"])
        XCTAssertEqual(WebLink.next(in: [HTTPHeaderField(name: "link", value: #"</p3>; REL="Last  NEXT""#)], relativeTo: base)?.absoluteString, "https://api.example.com/p3")
    }

    func testOnlyTheFirstRelCountsAndParametersWithoutValues() {
        let link = WebLink.parse(#"<a>; rel=prev; rel=next; crossorigin"#).first
        XCTAssertEqual(link?.relations, ["prev"])
        XCTAssertEqual(link?.parameters["crossorigin"], .some(nil))
    }

    func testExtendedParameterValuesAreDecoded() {
        XCTAssertEqual(WebLink.parse("<a>; title*=UTF-8'de'n%C3%A4chste").first?.parameters["title"], .some("nächste"))
    }

    func testMalformedLinksAreSkippedAndACutValueEndsTheList() {
        XCTAssertEqual(WebLink.parse(#"garbage; rel="next, still", <b>; rel=next"#).map(\.target), ["b"])
        XCTAssertEqual(WebLink.parse(#"<a>; rel=next, <b; rel=next"#).map(\.target), ["a"])
        XCTAssertEqual(WebLink.parse(#"<a>; rel="next"#).map(\.target), [])
        XCTAssertEqual(WebLink.parse(#"<a> x, <c>; rel=next"#).map(\.target), ["c"])
        XCTAssertEqual(WebLink.parse(""), [])
        XCTAssertEqual(WebLink.parse(" , ,"), [])
    }

    func testNextIsResolvedAgainstTheRequestURLAcrossSeveralFields() {
        let fields = [
            HTTPHeaderField(name: "Link", value: #"<?page=0>; rel="prev""#),
            HTTPHeaderField(name: "LINK", value: #"<?page=2>; rel="next""#),
        ]
        XCTAssertEqual(WebLink.next(in: fields, relativeTo: base)?.absoluteString, "https://api.example.com/v1/items?page=2")
        let relative = [HTTPHeaderField(name: "Link", value: "<../other?page=2>; rel=next")]
        XCTAssertEqual(WebLink.next(in: relative, relativeTo: base)?.absoluteString, "https://api.example.com/other?page=2")
    }

    func testALinkWithAnAnchorIsNotTheNextPageOfThisResponse() {
        let fields = [HTTPHeaderField(name: "Link", value: ##"</a>; rel=next; anchor="#x", </b>; rel=next"##)]
        XCTAssertEqual(WebLink.next(in: fields, relativeTo: base)?.path, "/b")
        XCTAssertNil(WebLink.next(in: [HTTPHeaderField(name: "Link", value: "</a>; rel=prev")], relativeTo: base))
    }

    func testBodyLinksResolveAndBlankOnesEndTheWalk() {
        XCTAssertEqual(PageLinks.resolve("https://api.example.com/v1/items?page=3", against: base)?.absoluteString, "https://api.example.com/v1/items?page=3")
        XCTAssertEqual(PageLinks.resolve("/v1/items?page=3", against: base)?.absoluteString, "https://api.example.com/v1/items?page=3")
        XCTAssertNil(PageLinks.resolve(nil, against: base))
        XCTAssertNil(PageLinks.resolve("  ", against: base))
    }

    func testOriginsCompareSchemeHostAndEffectivePort() {
        XCTAssertEqual(PageLinks.origin(of: URL(string: "HTTPS://API.example.com/x")!), PageLinks.origin(of: URL(string: "https://api.example.com:443/y")!))
        XCTAssertNotEqual(PageLinks.origin(of: URL(string: "http://api.example.com/x")!), PageLinks.origin(of: URL(string: "https://api.example.com/x")!))
        XCTAssertNotEqual(PageLinks.origin(of: URL(string: "https://api.example.com:8443/x")!), PageLinks.origin(of: URL(string: "https://api.example.com/x")!))
    }

    func testTheExecutorSendsAFollowedLinkWithCredentialsInPlaceOfTheOldOnes() async throws {
        let transport = RecordingTransport([HTTPResponse(statusCode: 200)])
        let executor = RequestExecutor(serverURL: "https://api.example.com/v1/", auth: .apiKey("k 2"), transport: transport, middlewares: [])
        var request = RequestBuilder(method: "GET", operationID: "list")
        request.appendPath("/items")
        request.setHeader("X-Tenant", "t")
        request.follow(URL(string: "https://api.example.com/v1/items?page=2&key=old"))
        _ = try await executor.send(request, security: [[.apiKey(name: "key", location: .query)]])
        let sent = try XCTUnwrap(transport.requests.first)
        XCTAssertEqual(sent.url.absoluteString, "https://api.example.com/v1/items?page=2&key=k%202")
        XCTAssertEqual(sent.value(forHeader: "X-Tenant"), "t")
    }

    func testTheExecutorRefusesALinkToAnotherOrigin() async throws {
        let transport = RecordingTransport([HTTPResponse(statusCode: 200)])
        let executor = RequestExecutor(serverURL: "https://api.example.com/v1", auth: .bearer("secret"), transport: transport, middlewares: [])
        for link in ["https://evil.example.net/v1/items?page=2", "http://api.example.com/v1/items?page=2", "https://api.example.com:8443/v1/items"] {
            var request = RequestBuilder(method: "GET", operationID: "list")
            request.follow(URL(string: link))
            do {
                _ = try await executor.send(request, security: [[.httpBearer]])
                XCTFail("sent \(link)")
            } catch let error as ClientError {
                guard case .linkToOtherOrigin(let operationID, let origin) = error else { return XCTFail("\(error)") }
                XCTAssertEqual(operationID, "list")
                XCTAssertEqual(origin, PageLinks.origin(of: URL(string: link)!))
                XCTAssertTrue(error.description.contains("not followed"), error.description)
            }
        }
        XCTAssertTrue(transport.requests.isEmpty)
    }

    func testTheRequestURLWithoutCredentials() throws {
        var request = RequestBuilder(method: "GET", operationID: "list")
        request.appendPath("/items")
        request.appendQuery("limit", 2)
        XCTAssertEqual(try request.url(serverURL: "http://127.0.0.1:8080/v1/").absoluteString, "http://127.0.0.1:8080/v1/items?limit=2")
        XCTAssertThrowsError(try request.url(serverURL: "not a url"))
        request.follow(URL(string: "http://127.0.0.1:8080/v1/items?page=2"))
        XCTAssertEqual(try request.url(serverURL: "http://127.0.0.1:8080/v1").absoluteString, "http://127.0.0.1:8080/v1/items?page=2")
    }

    func testLinkWalkFollowsLinksAndStopsAtARepeatedOne() async throws {
        let stream = Paginator.linkItems(pageSize: 2) { _, link -> ([Int], URL?) in
            let page = Int(link?.query?.dropFirst(5) ?? "1") ?? 1
            return ([page], URL(string: "https://h/x?page=\(page % 3 + 1)"))
        }
        var items: [Int] = []
        for try await item in stream { items.append(item) }
        XCTAssertEqual(items, [1, 2, 3, 1])
    }
}
