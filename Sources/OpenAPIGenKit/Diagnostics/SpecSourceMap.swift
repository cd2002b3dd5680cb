#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where the nodes of one API's merged document were written: the file, the pointer inside that file, and its
/// line and column. `openapi-gen diff` uses it to point each change at the text a reviewer reads.
public struct SpecSourceMap: Hashable, Sendable {
    /// Which file, and which place in it, each part of the merged document came from.
    public var origins: OriginMap
    /// The documents and the files their external `$ref`s named, as read, sorted by display path (so that the
    /// same files given in another order make an equal map).
    public var sources: [SpecSource]

    /// Creates a map.
    public init(origins: OriginMap, sources: [SpecSource]) {
        self.origins = origins
        self.sources = sources.sorted { $0.displayPath < $1.displayPath }
    }

    /// The file, pointer, line and column of each of `pointers` (pointers into the merged document). Each file is
    /// scanned once, whatever the number of pointers; a node missing from its file gets the position of its
    /// nearest ancestor, and no position when the file cannot be read again.
    public func locate(_ pointers: Set<JSONPointer>) -> [JSONPointer: SpecLocation] {
        var wanted: [String: Set<JSONPointer>] = [:]
        var origin: [JSONPointer: OriginMap.Origin] = [:]
        for pointer in pointers {
            let place = origins.origin(of: pointer)
            origin[pointer] = place
            wanted[place.file, default: []].insert(place.pointer)
        }
        var found: [String: [JSONPointer: JSONPosition]] = [:]
        for source in sources {
            guard found[source.displayPath] == nil, let filePointers = wanted[source.displayPath] else { continue }
            switch DocumentFormat.of(path: source.displayPath, data: source.data) {
            case .json: found[source.displayPath] = JSONPositionScanner.positions(of: filePointers, in: source.data)
            case .yaml: found[source.displayPath] = YAMLLoader.positions(of: filePointers, in: source.data)
            }
        }
        var result: [JSONPointer: SpecLocation] = [:]
        for (pointer, place) in origin {
            let position = SourceLocations.nearest(place.pointer, in: found[place.file])
            result[pointer] = SpecLocation(file: place.file, pointer: place.pointer, line: position?.line, column: position?.column)
        }
        return result
    }
}

/// A node of a spec file: `specs/Neon/openapi.json:120:13` and `#/components/schemas/Branch/properties/parent_id`.
public struct SpecLocation: Hashable, Sendable {
    /// The file's display path.
    public var file: String
    /// The pointer inside that file.
    public var pointer: JSONPointer
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column (in UTF-8 bytes), when known.
    public var column: Int?

    /// Creates a location.
    public init(file: String, pointer: JSONPointer, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.pointer = pointer
        self.line = line
        self.column = column
    }

    /// `file:line:col`, or as much of it as is known.
    public var position: String {
        guard let line else { return file }
        return column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
    }
}
