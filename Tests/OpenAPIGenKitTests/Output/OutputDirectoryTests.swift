import Foundation
import XCTest
@testable import OpenAPIGenKit

final class OutputDirectoryTests: XCTestCase {
    private var folder: URL!
    private let manager = FileManager.default

    override func setUpWithError() throws {
        folder = try Fixture.temporaryFolder()
    }

    override func tearDownWithError() throws {
        try? manager.removeItem(at: folder)
    }

    private func generated(_ name: String, _ body: String) -> GeneratedFile {
        GeneratedFile(name: name, contents: FileHeader.marker + "\n" + body)
    }

    private func read(_ name: String) -> String? {
        manager.contents(atPath: folder.appendingPathComponent(name).path).map { String(decoding: $0, as: UTF8.self) }
    }

    private func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    func testWriteCreatesTheFolderAndFiles() throws {
        let output = OutputDirectory(url: folder.appendingPathComponent("a/b"))
        let files = [generated("A.swift", "a\n"), generated("B.swift", "b\n")]
        XCTAssertEqual(try output.write(files), ["A.swift", "B.swift"])
        XCTAssertEqual(manager.contents(atPath: folder.appendingPathComponent("a/b/A.swift").path), Data(files[0].contents.utf8))
        XCTAssertEqual(try output.generatedFileNames(), ["A.swift", "B.swift"])
        XCTAssertEqual(try manager.contentsOfDirectory(atPath: folder.appendingPathComponent("a/b").path).sorted(), ["A.swift", "B.swift"], "no temporary files are left")
    }

    func testUnchangedFilesAreNotTouched() throws {
        let output = OutputDirectory(url: folder)
        let files = [generated("A.swift", "a\n"), generated("B.swift", "b\n")]
        try output.write(files)
        let path = folder.appendingPathComponent("A.swift").path
        let old = Date(timeIntervalSince1970: 1_000_000)
        try manager.setAttributes([.modificationDate: old], ofItemAtPath: path)
        let changed = try output.write([files[0], generated("B.swift", "changed\n")])
        XCTAssertEqual(changed, ["B.swift"])
        XCTAssertEqual(try manager.attributesOfItem(atPath: path)[.modificationDate] as? Date, old)
        XCTAssertEqual(read("B.swift"), FileHeader.marker + "\nchanged\n")
        XCTAssertEqual(try output.write([files[0], generated("B.swift", "changed\n")]), [])
    }

    func testOnlyGeneratedFilesAreRemoved() throws {
        try write("Stale.swift", FileHeader.marker + "\nold\n")
        try write("Hand.swift", "// written by hand\n")
        try write("Late.swift", "import Foundation\n" + FileHeader.marker + "\n")
        try write("notes.txt", FileHeader.marker + "\n")
        try write("Tiny.swift", "//")
        let output = OutputDirectory(url: folder)
        XCTAssertEqual(try output.generatedFileNames(), ["Stale.swift"])
        let changed = try output.write([generated("A.swift", "a\n")])
        XCTAssertEqual(changed, ["A.swift", "Stale.swift"])
        XCTAssertEqual(try manager.contentsOfDirectory(atPath: folder.path).sorted(), ["A.swift", "Hand.swift", "Late.swift", "Tiny.swift", "notes.txt"])
    }

    func testAPathThatIsAFileIsRefused() throws {
        let file = folder.appendingPathComponent("Generated")
        try write("Generated", "not a folder")
        XCTAssertThrowsError(try OutputDirectory(url: file).write([generated("A.swift", "a\n")])) { error in
            guard case OutputError.notADirectory(let path)? = error as? OutputError else { return XCTFail("\(error)") }
            XCTAssertEqual(path, file.path)
            XCTAssertTrue(String(describing: error).contains("is not a folder"))
        }
        XCTAssertEqual(read("Generated"), "not a folder")
    }

    func testDifferencesReportMissingChangedAndStale() throws {
        try write("Changed.swift", FileHeader.marker + "\nsame\nold line\nend\n")
        try write("Same.swift", FileHeader.marker + "\nx\n")
        try write("Stale.swift", FileHeader.marker + "\n")
        try write("Hand.swift", "// mine\n")
        let files = [
            generated("Changed.swift", "same\nnew line\nend\n"),
            generated("Missing.swift", "m\n"),
            generated("Same.swift", "x\n"),
        ]
        let differences = try OutputDirectory(url: folder).differences(from: files)
        XCTAssertEqual(differences, [
            OutputDifference(file: folder.appendingPathComponent("Changed.swift").path, line: 3, committed: "old line", generated: "new line", kind: .changed),
            OutputDifference(file: folder.appendingPathComponent("Missing.swift").path, line: 0, committed: nil, generated: nil, kind: .missing),
            OutputDifference(file: folder.appendingPathComponent("Stale.swift").path, line: 0, committed: nil, generated: nil, kind: .stale),
        ])
        XCTAssertEqual(differences[0].description, "\(folder.appendingPathComponent("Changed.swift").path):3: differs\n  - committed: old line\n  + generated: new line")
    }

    func testFirstDifferencePastTheEnd() {
        let difference = OutputDifference.firstDifference(path: "X.swift", committed: "a\nb", generated: "a\nb\nc")
        XCTAssertEqual(difference, OutputDifference(file: "X.swift", line: 3, committed: nil, generated: "c", kind: .changed))
        XCTAssertTrue(difference.description.contains("- committed: <end of file>"))
    }

    func testDifferencesOfAMissingFolder() throws {
        let output = OutputDirectory(url: folder.appendingPathComponent("none"))
        XCTAssertEqual(try output.differences(from: [generated("A.swift", "")]).map(\.kind), [.missing])
        XCTAssertEqual(try output.generatedFileNames(), [])
    }

    func testWrittenFolderHasNoDifferences() throws {
        let result = Stages.generate(Fixture.spec(schemas: ##"{"Pet": {"type": "object", "properties": {"name": {"type": "string"}}}}"##))
        let output = OutputDirectory(url: folder)
        try output.write(result.files)
        XCTAssertEqual(try output.differences(from: result.files), [])
        XCTAssertEqual(try output.generatedFileNames(), Pipeline.outputFileNames)
    }
}
