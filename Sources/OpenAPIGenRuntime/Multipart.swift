import Foundation

// MARK: - multipart/form-data

/// A file sent as one part of a `multipart/form-data` body: bytes in memory, or a file read while the request
/// is sent (never loaded whole).
public struct MultipartFile: Swift.Sendable, Swift.Hashable {
    /// Where the bytes come from.
    enum Source: Swift.Sendable, Swift.Hashable {
        /// These bytes.
        case data(Foundation.Data)
        /// The file at this URL.
        case file(Foundation.URL)
    }

    /// Where the bytes come from.
    let source: Source
    /// The file name sent in `Content-Disposition`, if any.
    public var fileName: Swift.String?
    /// The part's `Content-Type`; when `nil`, the spec's `encoding` or `application/octet-stream` is sent.
    public var contentType: Swift.String?

    /// A file made of `data`.
    public static func data(
        _ data: Foundation.Data,
        fileName: Swift.String? = nil,
        contentType: Swift.String? = nil
    ) -> MultipartFile {
        MultipartFile(source: .data(data), fileName: fileName, contentType: contentType)
    }

    /// The file at `url`, read in chunks while the request is sent. The file name defaults to the URL's last
    /// path component.
    public static func fileURL(
        _ url: Foundation.URL,
        contentType: Swift.String? = nil,
        fileName: Swift.String? = nil
    ) -> MultipartFile {
        MultipartFile(source: .file(url), fileName: fileName ?? url.lastPathComponent, contentType: contentType)
    }
}

/// The parts of a `multipart/form-data` body (RFC 7578), in the order they are sent. Generated request types
/// fill one from their properties; it can also be built by hand.
public struct MultipartBody: Swift.Sendable, Swift.Hashable {
    /// One part: its headers and content.
    struct Part: Swift.Sendable, Swift.Hashable {
        /// The part's header fields, `Content-Disposition` first.
        var headerFields: [HTTPHeaderField]
        /// The part's content.
        var content: MultipartFile.Source
    }

    /// The parts, in order.
    private(set) var parts: [Part] = []
    /// Why a value could not be encoded; `ClientError.encodingFailed` is thrown when the request is sent.
    private(set) var encodingFailure: Swift.String?

    /// Creates an empty body.
    public init() {}

    /// Appends a part named `name` for `value`, written from its JSON form: a string, number or boolean as
    /// text, an object as JSON (`application/json`), an array as one part per element. Nothing is appended for
    /// `nil` or `null`. `contentType` (the spec's `encoding`) replaces the default content type.
    public mutating func appendValue<Value: Swift.Encodable>(
        _ name: Swift.String,
        _ value: Value?,
        contentType: Swift.String? = nil,
        headers: [HTTPHeaderField] = []
    ) {
        guard let value else { return }
        let json: JSONValue
        do {
            let data = try OpenAPICoding.makeEncoder().encode(value)
            json = try OpenAPICoding.makeDecoder().decode(JSONValue.self, from: data)
        } catch {
            if encodingFailure == nil {
                encodingFailure = "The multipart part \(name) could not be encoded: \(error)"
            }
            return
        }
        let elements: [JSONValue]
        if case .array(let array) = json { elements = array } else { elements = [json] }
        for element in elements {
            switch element {
            case .null:
                continue
            case .object, .array:
                let text = QueryObjectWriter.text(element) ?? "null"
                appendPart(name, data: Foundation.Data(text.utf8), contentType: contentType ?? "application/json", headers: headers)
            case .bool, .integer, .number, .string:
                let text = QueryObjectWriter.text(element) ?? ""
                appendPart(name, data: Foundation.Data(text.utf8), contentType: contentType, headers: headers)
            }
        }
    }

    /// Appends a file part named `name`; nothing for `nil`. The file's own content type wins over
    /// `contentType` (the spec's `encoding`), which wins over `application/octet-stream`.
    public mutating func appendFile(
        _ name: Swift.String,
        _ file: MultipartFile?,
        contentType: Swift.String? = nil,
        headers: [HTTPHeaderField] = []
    ) {
        guard let file else { return }
        let type = file.contentType ?? contentType ?? "application/octet-stream"
        parts.append(Part(headerFields: Self.headerFields(name, fileName: file.fileName ?? name, contentType: type, headers: headers), content: file.source))
    }

    /// Appends one file part named `name` per file; nothing for `nil`.
    public mutating func appendFiles(
        _ name: Swift.String,
        _ files: [MultipartFile]?,
        contentType: Swift.String? = nil,
        headers: [HTTPHeaderField] = []
    ) {
        for file in files ?? [] {
            appendFile(name, file, contentType: contentType, headers: headers)
        }
    }

    /// Appends a part named `name` with `data` as its content, and `Content-Type: contentType` when given.
    public mutating func appendPart(
        _ name: Swift.String,
        data: Foundation.Data,
        fileName: Swift.String? = nil,
        contentType: Swift.String? = nil,
        headers: [HTTPHeaderField] = []
    ) {
        parts.append(Part(headerFields: Self.headerFields(name, fileName: fileName, contentType: contentType, headers: headers), content: .data(data)))
    }

    /// `Content-Disposition`, then `Content-Type` when given, then `headers` (any `Content-Disposition` or
    /// `Content-Type` among them left out).
    static func headerFields(
        _ name: Swift.String,
        fileName: Swift.String?,
        contentType: Swift.String?,
        headers: [HTTPHeaderField]
    ) -> [HTTPHeaderField] {
        var disposition = "form-data; name=\"" + quoted(name) + "\""
        if let fileName {
            disposition += "; filename=\"" + quoted(fileName) + "\""
        }
        var fields = [HTTPHeaderField(name: "Content-Disposition", value: disposition)]
        if let contentType {
            fields.append(HTTPHeaderField(name: "Content-Type", value: contentType))
        }
        let reserved: Swift.Set<Swift.String> = ["content-disposition", "content-type"]
        fields += headers.filter { !reserved.contains($0.name.lowercased()) }
        return fields
    }

    /// `text` for a quoted `Content-Disposition` parameter: `"`, CR and LF percent-encoded, as browsers do.
    static func quoted(_ text: Swift.String) -> Swift.String {
        text.replacingOccurrences(of: "\"", with: "%22")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// The body with `boundary` between the parts: bytes when every part is in memory, else a stream that reads
    /// the files chunk by chunk while the request is sent.
    func encoded(boundary: Swift.String) -> HTTPRequestBody {
        var pieces: [MultipartFile.Source] = []
        var pending = Foundation.Data()
        for part in parts {
            var head = "--" + boundary + "\r\n"
            for field in part.headerFields {
                head += field.name + ": " + field.value + "\r\n"
            }
            pending.append(contentsOf: Swift.Array((head + "\r\n").utf8))
            switch part.content {
            case .data(let data):
                pending.append(data)
            case .file(let url):
                pieces.append(.data(pending))
                pieces.append(.file(url))
                pending = Foundation.Data()
            }
            pending.append(contentsOf: Swift.Array("\r\n".utf8))
        }
        pending.append(contentsOf: Swift.Array(("--" + boundary + "--\r\n").utf8))
        guard !pieces.isEmpty else { return .data(pending) }
        pieces.append(.data(pending))
        let sequence = pieces
        return .stream(HTTPBodyStream(producer: { sink in
            for piece in sequence {
                switch piece {
                case .data(let data):
                    try await sink(data)
                case .file(let url):
                    try await FileChunks.forEach(in: url, sink)
                }
            }
        }))
    }
}
