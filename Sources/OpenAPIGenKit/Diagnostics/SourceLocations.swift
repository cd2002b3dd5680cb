#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Adds line and column to diagnostics that name a JSON pointer, by finding the nodes in the source bytes
/// (`JSONSerialization` reports no positions): JSON text is scanned by `JSONPositionScanner`, YAML text read
/// again by `YAMLLoader.positions`. Runs only when there are diagnostics, once per file.
enum SourceLocations {
    /// `diagnostics` with `line`/`column` filled in where the pointer can be found in its file, re-sorted.
    static func locate(_ diagnostics: [Diagnostic], in sources: [SpecSource]) -> [Diagnostic] {
        var wanted: [String: Set<JSONPointer>] = [:]
        for diagnostic in diagnostics where diagnostic.line == nil {
            if let pointer = diagnostic.pointer { wanted[diagnostic.file, default: []].insert(pointer) }
        }
        guard !wanted.isEmpty else { return diagnostics }
        var found: [String: [JSONPointer: JSONPosition]] = [:]
        for source in sources {
            guard let pointers = wanted[source.displayPath] else { continue }
            switch DocumentFormat.of(path: source.displayPath, data: source.data) {
            case .json: found[source.displayPath] = JSONPositionScanner.positions(of: pointers, in: source.data)
            case .yaml: found[source.displayPath] = YAMLLoader.positions(of: pointers, in: source.data)
            }
        }
        return diagnostics.map { diagnostic in
            guard diagnostic.line == nil, let pointer = diagnostic.pointer, let position = nearest(pointer, in: found[diagnostic.file]) else { return diagnostic }
            var copy = diagnostic
            copy.line = position.line
            copy.column = position.column
            return copy
        }.sorted()
    }

    /// The position of `pointer`, or of its nearest ancestor that exists in the file.
    static func nearest(_ pointer: JSONPointer, in positions: [JSONPointer: JSONPosition]?) -> JSONPosition? {
        guard let positions else { return nil }
        var current: JSONPointer? = pointer
        while let node = current {
            if let position = positions[node] { return position }
            current = node.parent
        }
        return nil
    }
}

/// A 1-based line and column (in UTF-8 bytes) in a source file.
struct JSONPosition: Hashable, Sendable {
    var line: Int
    var column: Int
}

/// Finds the positions of JSON pointers in JSON text in one pass, skipping subtrees that hold no wanted node.
/// An object member's position is that of its key; an array element's, that of its first character.
struct JSONPositionScanner {
    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private let wanted: Set<JSONPointer>
    private let prefixes: Set<JSONPointer>
    private var found: [JSONPointer: JSONPosition] = [:]

    /// The positions of those `pointers` (and their ancestors) that exist in `data`.
    static func positions(of pointers: Set<JSONPointer>, in data: Data) -> [JSONPointer: JSONPosition] {
        var prefixes: Set<JSONPointer> = []
        for pointer in pointers {
            var current: JSONPointer? = pointer
            while let node = current, prefixes.insert(node).inserted { current = node.parent }
        }
        var scanner = JSONPositionScanner(bytes: Array(data), wanted: pointers, prefixes: prefixes)
        if scanner.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { scanner.index = 3; scanner.lineStart = 3 }
        scanner.skipWhitespace()
        scanner.record(.root)
        scanner.value(at: .root, depth: 0)
        return scanner.found
    }

    private init(bytes: [UInt8], wanted: Set<JSONPointer>, prefixes: Set<JSONPointer>) {
        self.bytes = bytes
        self.wanted = wanted
        self.prefixes = prefixes
    }

    private mutating func record(_ pointer: JSONPointer) {
        if prefixes.contains(pointer) { found[pointer] = JSONPosition(line: line, column: index - lineStart + 1) }
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x0A: line += 1; index += 1; lineStart = index
            case 0x20, 0x09, 0x0D: index += 1
            default: return
            }
        }
    }

    /// Scans one value; descends only into containers on the way to a wanted pointer. Every call moves past at
    /// least one byte, so that a stray `}` in an array, or nesting deeper than the loader allows, cannot keep the
    /// container loops from reaching the end of a damaged file.
    private mutating func value(at pointer: JSONPointer?, depth: Int) {
        let start = index
        defer { if index == start, index < bytes.count { index += 1 } }
        guard index < bytes.count, depth < JSONLoader.maximumDepth else { return }
        let track = pointer.map { prefixes.contains($0) } ?? false
        switch bytes[index] {
        case UInt8(ascii: "{"):
            index += 1
            while index < bytes.count {
                skipWhitespace()
                guard index < bytes.count else { return }
                if bytes[index] == UInt8(ascii: "}") { index += 1; return }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                let keyPointer: JSONPointer?
                if track, let pointer {
                    let child = pointer.appending(string() ?? "")
                    keyPointer = child
                    recordKey(child)
                } else {
                    _ = skipString()
                    keyPointer = nil
                }
                skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: ":") { index += 1 }
                skipWhitespace()
                value(at: keyPointer, depth: depth + 1)
            }
        case UInt8(ascii: "["):
            index += 1
            var element = 0
            while index < bytes.count {
                skipWhitespace()
                guard index < bytes.count else { return }
                if bytes[index] == UInt8(ascii: "]") { index += 1; return }
                if bytes[index] == UInt8(ascii: ",") { index += 1; element += 1; continue }
                let child = track ? pointer?.appending(element) : nil
                if let child { record(child) }
                value(at: child, depth: depth + 1)
            }
        case UInt8(ascii: "\""):
            _ = skipString()
        default:
            while index < bytes.count, !",}] \n\r\t".utf8.contains(bytes[index]) { index += 1 }
        }
    }

    private var keyStart = (line: 1, column: 1)

    private mutating func recordKey(_ pointer: JSONPointer) {
        if prefixes.contains(pointer) { found[pointer] = JSONPosition(line: keyStart.line, column: keyStart.column) }
    }

    /// Reads a string token and decodes its escapes.
    private mutating func string() -> String? {
        keyStart = (line, index - lineStart + 1)
        let start = index + 1
        guard skipString() else { return nil }
        let raw = bytes[start..<(index - 1)]
        if !raw.contains(UInt8(ascii: "\\")) { return String(decoding: raw, as: UTF8.self) }
        return JSONReader.decodeStringBody(raw)
    }

    /// Moves past a string token; false if it is not terminated.
    private mutating func skipString() -> Bool {
        keyStart = (line, index - lineStart + 1)
        index += 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""): index += 1; return true
            default: index += 1
            }
        }
        return false
    }
}
