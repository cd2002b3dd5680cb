import Foundation

// MARK: - Response bodies other than JSON

/// Reads response bodies that are not one JSON value: text, several documented content types, and the
/// streamed formats (server-sent events, JSON lines, JSON text sequences).
@_spi(Generated) public enum ResponseBodies {
    /// The body of `response` as text, in the charset its `Content-Type` names (UTF-8 when it names none).
    /// Throws `ClientError.decodingFailed` when the charset is unknown or the bytes are not valid in it.
    @_spi(Generated) public static func text(from response: HTTPResponse, operationID: Swift.String) throws -> Swift.String {
        let charset = parameter("charset", of: response.value(forHeader: "Content-Type"))?.lowercased() ?? "utf-8"
        func failure(_ description: Swift.String) -> ClientError {
            .decodingFailed(
                operationID: operationID, statusCode: response.statusCode, typeName: "Swift.String", codingPath: "",
                description: description, rawBody: response.body
            )
        }
        guard let encoding = encoding(forCharset: charset) else {
            throw failure("Could not decode Swift.String: the charset \(charset.debugDescription) is not supported.")
        }
        var body = response.body
        if encoding == .utf8, body.starts(with: [0xEF, 0xBB, 0xBF]) {
            body = body.dropFirst(3)
        }
        guard let text = Swift.String(data: body, encoding: encoding) else {
            throw failure("Could not decode Swift.String: the body is not valid \(charset).")
        }
        return text
    }

    /// The `String.Encoding` of an IANA charset name (lowercased), or nil when it is not supported.
    static func encoding(forCharset charset: Swift.String) -> Swift.String.Encoding? {
        switch charset {
        case "utf-8", "utf8": return .utf8
        case "us-ascii", "ascii": return .ascii
        case "iso-8859-1", "latin1", "iso_8859-1", "l1": return .isoLatin1
        case "iso-8859-2", "latin2": return .isoLatin2
        case "windows-1252", "cp1252": return .windowsCP1252
        case "windows-1251", "cp1251": return .windowsCP1251
        case "utf-16": return .utf16
        case "utf-16be": return .utf16BigEndian
        case "utf-16le": return .utf16LittleEndian
        case "utf-32": return .utf32
        case "shift_jis": return .shiftJIS
        case "euc-jp": return .japaneseEUC
        default: return nil
        }
    }

    /// The value of the parameter `name` of a header value such as `text/plain; charset="ISO-8859-1"`, unquoted.
    static func parameter(_ name: Swift.String, of value: Swift.String?) -> Swift.String? {
        guard let value else { return nil }
        for part in value.split(separator: ";").dropFirst() {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == name else { continue }
            var text = pair[1].trimmingCharacters(in: .whitespaces)
            if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") {
                text = Swift.String(text.dropFirst().dropLast())
            }
            return text
        }
        return nil
    }

    /// The media type of `contentType` without parameters, lowercased: `text/plain` for `Text/Plain; charset=utf-8`.
    static func mediaType(_ contentType: Swift.String?) -> Swift.String? {
        guard let base = contentType?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased(),
              !base.isEmpty else { return nil }
        return base
    }

    /// Which of `documented` (media types such as `application/json`, `image/*`) the response's `Content-Type`
    /// is: the index of an exact match, else of a matching `type/*`, else of `*/*`. A response without
    /// `Content-Type` counts as the first documented type. Throws `ClientError.decodingFailed` when none matches.
    @_spi(Generated) public static func contentIndex(of response: HTTPResponse, in documented: [Swift.String], operationID: Swift.String) throws -> Swift.Int {
        guard let actual = mediaType(response.value(forHeader: "Content-Type")) else { return 0 }
        let lowered = documented.map { $0.lowercased() }
        if let exact = lowered.firstIndex(of: actual) { return exact }
        let major = actual.split(separator: "/").first.map(Swift.String.init) ?? actual
        if let range = lowered.firstIndex(of: major + "/*") { return range }
        if actual.hasSuffix("+json") || actual == "application/json",
           let json = lowered.firstIndex(where: { $0 == "application/json" || $0.hasSuffix("+json") }) { return json }
        if let any = lowered.firstIndex(of: "*/*") { return any }
        throw ClientError.decodingFailed(
            operationID: operationID, statusCode: response.statusCode, typeName: "the response body", codingPath: "",
            description: "The response's Content-Type \(actual.debugDescription) is none of the documented types (\(documented.joined(separator: ", "))).",
            rawBody: response.body
        )
    }
}
