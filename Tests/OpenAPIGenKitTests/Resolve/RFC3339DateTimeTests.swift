import XCTest
import OpenAPIGenRuntime
@testable import OpenAPIGenKit

/// The generator's RFC 3339 reading, which decides whether an example or default is a date-time, and what
/// instant a default stands for.
final class RFC3339DateTimeTests: XCTestCase {
    func testInstants() {
        let cases: [(String, Double)] = [
            ("1970-01-01T00:00:00Z", 0),
            ("2001-01-01T00:00:00Z", 978_307_200),
            ("1996-12-19T16:39:57-08:00", 851_042_397),
            ("2019-10-12T07:20:50.52Z", 1_570_864_850.52),
            ("2020-02-29T23:59:59+14:00", 1_582_970_399),
            ("1969-12-31T23:59:59.5z", -0.5),
            ("0000-03-01T00:00:00Z", -62_162_035_200),
            ("9999-12-31T23:59:60Z", 253_402_300_800),
        ]
        for (text, seconds) in cases {
            XCTAssertEqual(RFC3339DateTime(text)?.secondsSince1970, seconds, text)
        }
    }

    func testRejected() {
        let rejected = [
            "", "2020-01-01", "2020-01-01T00:00:00", "2020-01-01 00:00:00Z", "2020-01-01T00:00:00+0100", "2020-01-01T00:00:00+01",
            "2020-01-01T00:00:00.Z", "2020-01-01T00:00:00Zx", "2021-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2020-04-31T00:00:00Z",
            "2020-13-01T00:00:00Z", "2020-00-01T00:00:00Z", "2020-01-00T00:00:00Z", "2020-01-01T24:00:00Z", "2020-01-01T23:60:00Z",
            "2020-01-01T23:59:61Z", "2020-01-01T00:00:00+24:00", "2020-01-01T00:00:00+01:60", "２020-01-01T00:00:00Z",
            "+2020-01-01T00:00:00Z", "2020-1-01T00:00:00Z", "2020-01-01T00:00:00.5", "2020-01-01T00:00:00,5Z",
        ]
        for text in rejected {
            XCTAssertNil(RFC3339DateTime(text), text)
        }
    }

    /// The generator keeps exactly the date-times the generated client's decoder accepts, and reads the same
    /// instant: checked on fixed spellings and on 20,000 deterministic one- and two-byte mutations of them.
    func testAgreesWithTheRuntimesDecoder() {
        let seeds = [
            "2018-09-02T03:00:00.178+02:00", "2020-02-29T23:59:60Z", "1996-12-19t16:39:57-08:00", "0000-01-01T00:00:00z",
            "2019-10-12T07:20:50.123456789012Z", "1999-12-31T23:59:59-23:59",
        ]
        let alphabet = Array("0123456789-:.+TtZz ,".utf8) + [0xEF, 0x00]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var samples = seeds
        for _ in 0..<20_000 {
            var bytes = Array(seeds[next(seeds.count)].utf8)
            for _ in 0...next(2) {
                switch next(3) {
                case 0 where !bytes.isEmpty: bytes[next(bytes.count)] = alphabet[next(alphabet.count)]
                case 1 where !bytes.isEmpty: bytes.remove(at: next(bytes.count))
                default: bytes.insert(alphabet[next(alphabet.count)], at: next(bytes.count + 1))
                }
            }
            samples.append(String(decoding: bytes, as: UTF8.self))
        }
        var accepted = 0
        for text in samples {
            let ours = RFC3339DateTime(text)?.secondsSince1970
            let client = OpenAPICoding.parseDateTime(text)?.timeIntervalSince1970
            XCTAssertEqual(ours == nil, client == nil, text)
            if let ours, let client {
                accepted += 1
                XCTAssertEqual(ours, client, accuracy: 1e-6, text)
            }
        }
        XCTAssertGreaterThan(accepted, 1_000, "the mutations should leave many date-times valid")
    }
}
