import Foundation

// MARK: - Text and form bodies

/// Encodes `text/*` and `application/x-www-form-urlencoded` request bodies.
@_spi(Generated) public enum BodyEncodings {
    /// Why a body could not be encoded.
    struct Failure: Swift.Error, Swift.Sendable, Swift.CustomStringConvertible {
        /// The reason, as a sentence.
        let description: Swift.String
    }

    /// How one property of a form body is written (the spec's `encoding.style` and `explode`).
    @_spi(Generated) public struct FormField: Swift.Sendable, Swift.Hashable {
        /// `form` (the default) or `deepObject`.
        @_spi(Generated) public let style: QueryObjectWriter.Style
        /// Whether arrays are repeated keys and form objects separate pairs (the default for `form`).
        @_spi(Generated) public let explode: Swift.Bool

        /// Creates an encoding.
        @_spi(Generated) public init(style: QueryObjectWriter.Style, explode: Swift.Bool) {
            self.style = style
            self.explode = explode
        }
    }

    /// The value of the `charset` parameter of `contentType`, lowercased and unquoted; `nil` when there is none.
    static func charset(of contentType: Swift.String) -> Swift.String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else { continue }
            let value = pair[1].trimmingCharacters(in: .whitespaces)
            return value.trimmingCharacters(in: Foundation.CharacterSet(charactersIn: "\"")).lowercased()
        }
        return nil
    }

    /// `text` in the charset of `contentType` (UTF-8 when it names none).
    static func textData(_ text: Swift.String, contentType: Swift.String) -> Swift.Result<Foundation.Data, Failure> {
        let name = charset(of: contentType) ?? "utf-8"
        let encodings: [Swift.String: Swift.String.Encoding] = [
            "utf-8": .utf8, "utf8": .utf8, "us-ascii": .ascii, "ascii": .ascii,
            "iso-8859-1": .isoLatin1, "latin1": .isoLatin1, "iso-8859-2": .isoLatin2,
            "utf-16": .utf16, "utf-16be": .utf16BigEndian, "utf-16le": .utf16LittleEndian,
            "utf-32": .utf32, "utf-32be": .utf32BigEndian, "utf-32le": .utf32LittleEndian,
            "windows-1252": .windowsCP1252,
        ]
        guard let encoding = encodings[name] else {
            return .failure(Failure(description: "The text body cannot be encoded: the charset \(name) is not supported."))
        }
        if encoding == .utf8 {
            return .success(Foundation.Data(text.utf8))
        }
        guard let data = text.data(using: encoding, allowLossyConversion: false) else {
            return .failure(Failure(description: "The text body has characters that \(name) cannot represent."))
        }
        return .success(data)
    }

    /// `value`'s top-level properties as `name=value` pairs joined by `&`, percent-encoded, each written by its
    /// entry in `encodings` (default: form, exploded).
    static func formData<T: Swift.Encodable>(
        _ value: T,
        encodings: [Swift.String: FormField]
    ) -> Swift.Result<Foundation.Data, Failure> {
        let json: JSONValue
        do {
            let data = try OpenAPICoding.makeEncoder().encode(value)
            json = try OpenAPICoding.makeDecoder().decode(JSONValue.self, from: data)
        } catch {
            return .failure(Failure(description: "The form body could not be encoded: \(error)"))
        }
        guard case .object(let members) = json else {
            return .failure(Failure(description: "The form body is not an object, so it has no fields to send."))
        }
        var pairs: [Swift.String] = []
        for (name, member) in members.sorted(by: { $0.key < $1.key }) {
            let encoding = encodings[name] ?? FormField(style: .form, explode: true)
            for item in QueryObjectWriter.items(name: name, value: member, style: encoding.style, explode: encoding.explode) {
                pairs.append(RequestBuilder.encodeQueryComponent(item.name) + "=" + RequestBuilder.encodeQueryComponent(item.value))
            }
        }
        return .success(Foundation.Data(pairs.joined(separator: "&").utf8))
    }

    /// Why the headers of a part of `multipart` cannot be sent (a name or value with CR, LF or NUL), or `nil`.
    static func headerFailure(_ multipart: MultipartBody) -> Swift.String? {
        for part in multipart.parts {
            for field in part.headerFields
            where field.name.isEmpty || (field.name + field.value).unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" || $0 == "\0" }) {
                return "The multipart part header \(field.name.debugDescription) has an empty name, or CR, LF or NUL in its name or value."
            }
        }
        return nil
    }
}
