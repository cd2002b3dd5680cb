// Parses `multipart/form-data` request bodies (RFC 7578) that a `LoopbackHTTPServer` recorded, so that tests
// can check each part's name, file name, content type, headers and bytes.

import Foundation

/// One part of a multipart body.
struct ReceivedPart: Sendable, Hashable {
    /// The part's header fields, names lowercased.
    var headers: [String: String]
    /// The part's bytes.
    var body: Data

    /// `name` from `Content-Disposition`.
    var name: String? { dispositionParameter("name") }
    /// `filename` from `Content-Disposition`.
    var fileName: String? { dispositionParameter("filename") }
    /// The part's `Content-Type`.
    var contentType: String? { headers["content-type"] }
    /// The body as UTF-8 text.
    var text: String { String(decoding: body, as: UTF8.self) }

    private func dispositionParameter(_ key: String) -> String? {
        guard let disposition = headers["content-disposition"] else { return nil }
        for parameter in disposition.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces) == key else { continue }
            return pair[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }
}

/// Why a body is not valid multipart.
struct MultipartParseError: Error, CustomStringConvertible {
    var description: String
}

/// Splits multipart bodies into parts.
enum LoopbackMultipartParser {
    /// The `boundary` parameter of a `multipart/…` content type.
    static func boundary(ofContentType contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            if pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "boundary" {
                return pair[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
        }
        return nil
    }

    /// The parts of `request`'s body, by the boundary of its `Content-Type`.
    static func parts(of request: RecordedRequest) throws -> [ReceivedPart] {
        guard let contentType = request.header("content-type"), let boundary = boundary(ofContentType: contentType) else {
            throw MultipartParseError(description: "no boundary in Content-Type \(request.header("content-type") ?? "(none)")")
        }
        return try parts(of: request.body, boundary: boundary)
    }

    /// The parts of `body` separated by `boundary`; the body must end with the closing delimiter.
    static func parts(of body: Data, boundary: String) throws -> [ReceivedPart] {
        let bytes = [UInt8](body)
        let opening = [UInt8](("--" + boundary).utf8)
        let delimiter = [UInt8](("\r\n--" + boundary).utf8)
        guard bytes.starts(with: opening) else { throw MultipartParseError(description: "the body does not start with the boundary") }
        var index = opening.count
        var parts: [ReceivedPart] = []
        while true {
            if bytes[index...].starts(with: Array("--".utf8)) {
                return parts
            }
            guard bytes[index...].starts(with: Array("\r\n".utf8)) else { throw MultipartParseError(description: "no CRLF after a boundary") }
            index += 2
            guard let headEnd = find(Array("\r\n\r\n".utf8), in: bytes, from: index) else {
                throw MultipartParseError(description: "a part without the end of its headers")
            }
            var headers: [String: String] = [:]
            for line in String(decoding: bytes[index..<headEnd], as: UTF8.self).components(separatedBy: "\r\n") where !line.isEmpty {
                guard let colon = line.firstIndex(of: ":") else { throw MultipartParseError(description: "a header line without a colon: \(line)") }
                headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            let start = headEnd + 4
            guard let end = find(delimiter, in: bytes, from: start) else { throw MultipartParseError(description: "a part without a closing boundary") }
            parts.append(ReceivedPart(headers: headers, body: Data(bytes[start..<end])))
            index = end + delimiter.count
        }
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
