/// How a request body is written on the wire, by its media type.
public enum BodyEncoding: Hashable, Sendable {
    /// JSON (`application/json`, any `+json`), encoded with `setJSONBody`.
    case json
    /// `text/*`: a `Swift.String` in the media type's charset.
    case text
    /// `application/x-www-form-urlencoded`: the schema's type, each property written by its `encoding`.
    case form([FormFieldEncoding])
    /// `multipart/*`: a struct generated from the schema's properties, or `MultipartBody` (built by the caller)
    /// when the schema has no properties.
    case multipart(MultipartForm?)
    /// Anything else: `Foundation.Data`, plus an overload that takes `HTTPRequestBody` (a file or a stream).
    case binary
}

/// The `encoding` of one property of a form body that is not form style exploded.
public struct FormFieldEncoding: Hashable, Sendable {
    /// The property's JSON key.
    public var name: String
    /// `form` or `deepObject`.
    public var style: QueryStyle
    /// `explode`.
    public var explode: Bool
}

/// A struct generated for a `multipart/form-data` body: one property per schema property.
public struct MultipartForm: Hashable, Sendable {
    /// The struct's name, declared in `Client.swift`.
    public var typeName: String
    /// The properties, in name order.
    public var fields: [MultipartField]
}

/// One property of a multipart body struct, sent as one part (or one part per element).
public struct MultipartField: Hashable, Sendable {
    /// What the property holds.
    public enum Kind: Hashable, Sendable {
        /// A value written from its JSON form (text, or JSON for objects; arrays as one part per element).
        case value(TypeRef)
        /// One file (`MultipartFile`), from `format: binary`.
        case file
        /// Several files (`[MultipartFile]`), from an array of `format: binary`.
        case files
    }

    /// The part name on the wire.
    public var name: String
    /// The Swift property name (unescaped).
    public var swiftName: String
    /// What the property holds.
    public var kind: Kind
    /// Whether the caller must give it.
    public var required: Bool
    /// The part's `Content-Type` from the media type's `encoding`.
    public var contentType: String?
    /// The header names the media type's `encoding` documents for this part; when there are some, the struct has
    /// a `<swiftName>PartHeaders` property for their values.
    public var headers: [String] = []
    /// The property's description.
    public var doc: String?

    /// The Swift type of the property, without `Optional`.
    public var type: TypeRef {
        switch kind {
        case .value(let type): return type
        case .file: return .runtime(.multipartFile)
        case .files: return .array(.runtime(.multipartFile))
        }
    }
}

/// One media type of a request body that documents several: a case of the body enum the caller chooses from.
public struct BodyAlternative: Hashable, Sendable {
    /// The case name: `json`, `form`, `multipart`, `text`, or one made from the media type.
    public var caseName: String
    /// The media type sent in `Content-Type`.
    public var contentType: String
    /// The case's associated value type.
    public var type: TypeRef
    /// How it is written.
    public var encoding: BodyEncoding
}
