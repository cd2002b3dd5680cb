/// Lowers a Request Body Object into the `body` argument of a client method, by media type:
///
/// - JSON (`application/json`, any `+json`) → the schema's type, sent with the spec's exact media type;
/// - `application/x-www-form-urlencoded` → the schema's type, each property written by its `encoding`;
/// - `multipart/*` → a struct generated from the schema's properties (files as `MultipartFile`), or
///   `MultipartBody` when the schema has none;
/// - `text/*` → `Swift.String`; anything else → `Foundation.Data` (plus an `HTTPRequestBody` overload).
///
/// A body with several media types becomes an enum with one case per media type, declared in `Client.swift`.
extension APIModelBuilder {
    /// The `body` argument for `body`, or nil when there is none.
    mutating func lowerRequestBody(_ body: RequestBody?, typePrefix: String) -> EndpointBody? {
        guard let body, !body.content.isEmpty else { return nil }
        let ordered = body.content.filter { Self.isJSON($0.contentType) } + body.content.filter { !Self.isJSON($0.contentType) }
        guard ordered.count > 1 else {
            let media = ordered[0]
            let (type, encoding) = bodyShape(media, suggested: typePrefix)
            return EndpointBody(
                type: type, required: body.required, contentType: Self.sentContentType(media.contentType),
                isJSON: encoding == .json, doc: body.description, encoding: encoding
            )
        }
        let enumName = SwiftName.unique(typePrefix + "Body", in: &topLevelNames)
        var caseNames: Set<String> = []
        let alternatives = ordered.map { media -> BodyAlternative in
            let caseName = SwiftName.unique(Self.caseName(forMediaType: media.contentType), in: &caseNames)
            let (type, encoding) = bodyShape(media, suggested: caseName == "json" ? typePrefix : typePrefix + SwiftName.typeName(caseName))
            // A binary case takes bytes, a file or a stream.
            let caseType: TypeRef = encoding == .binary ? .runtime(.httpRequestBody) : type
            return BodyAlternative(caseName: caseName, contentType: Self.sentContentType(media.contentType), type: caseType, encoding: encoding)
        }
        return EndpointBody(
            type: .named(enumName), required: body.required, contentType: alternatives[0].contentType, isJSON: false,
            doc: body.description, encoding: alternatives[0].encoding, alternatives: alternatives
        )
    }

    /// The media type sent for the spec's `contentType`: as written, but `application/octet-stream` for a wildcard.
    static func sentContentType(_ contentType: String) -> String {
        contentType.contains("*") ? "application/octet-stream" : contentType
    }

    /// The lowercased media type without parameters: `text/plain` for `text/plain; charset=utf-8`. Spaces and
    /// tabs around it are dropped (in Swift, not through Foundation's `CharacterSet`: this runs for every media
    /// type of a document).
    static func baseMediaType(_ contentType: String) -> String {
        let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        let utf8 = contentType.utf8
        let end = utf8.firstIndex(of: UInt8(ascii: ";")) ?? utf8.endIndex
        guard let first = utf8[..<end].firstIndex(where: { !isBlank($0) }),
              let last = utf8[..<end].lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(contentType[first...last]).lowercased()
    }

    /// `json`, `form`, `multipart`, `text`, `binary`, else a name made from the media type's subtype.
    static func caseName(forMediaType contentType: String) -> String {
        let base = baseMediaType(contentType)
        switch base {
        case "application/json": return "json"
        case "application/x-www-form-urlencoded": return "form"
        case "multipart/form-data": return "multipart"
        case "text/plain": return "text"
        case "application/octet-stream", "*/*": return "binary"
        default:
            // The subtype names the case: `pdf`, `png`, `mergePatchJson`; a wildcard type is `binary`.
            let subtype = base.split(separator: "/").last.map(String.init) ?? base
            return subtype.contains("*") ? "binary" : SwiftName.memberName(subtype.hasPrefix("vnd.") ? String(subtype.dropFirst(4)) : subtype)
        }
    }

    /// The argument type and encoding for one media type.
    private mutating func bodyShape(_ media: MediaType, suggested: String) -> (TypeRef, BodyEncoding) {
        let base = Self.baseMediaType(media.contentType)
        var none: Scope?
        if Self.isJSON(media.contentType) {
            return (media.schema.map { typeRef($0, suggested: suggested + "Request", scope: &none) } ?? .json, .json)
        }
        if base == "application/x-www-form-urlencoded" {
            let type = media.schema.map { typeRef($0, suggested: suggested + "Request", scope: &none) } ?? .dictionary(.string)
            let fields = media.encoding.sorted { $0.key < $1.key }.compactMap { name, encoding -> FormFieldEncoding? in
                let style: QueryStyle = encoding.style == "deepObject" ? .deepObject : .form
                let explode = encoding.explode ?? (style == .form)
                return style == .form && explode ? nil : FormFieldEncoding(name: name, style: style, explode: explode)
            }
            return (type, .form(fields))
        }
        if base.hasPrefix("multipart/") {
            guard let form = multipartForm(media, suggested: suggested.hasSuffix("Multipart") ? suggested : suggested + "Multipart") else {
                return (.runtime(.multipartBody), .multipart(nil))
            }
            return (.named(form.typeName), .multipart(form))
        }
        if base.hasPrefix("text/") {
            return (.string, .text)
        }
        return (.data, .binary)
    }

    /// The struct for a multipart body whose schema is an object with properties; nil otherwise.
    private mutating func multipartForm(_ media: MediaType, suggested: String) -> MultipartForm? {
        guard let referable = media.schema, let schema = resolvedSchema(referable), !schema.properties.isEmpty else { return nil }
        let typeName = SwiftName.unique(suggested, in: &topLevelNames)
        // Part-header properties are named `<property>PartHeaders`; property names must not take those names.
        var taken: Set<String> = Set(["multipartBody"] + schema.properties.map { SwiftName.memberName($0.name) + "PartHeaders" })
        let fields = schema.properties.map { property -> MultipartField in
            var none: Scope?
            let kind: MultipartField.Kind
            let resolved = resolvedSchema(property.schema)
            if let resolved, isBinary(resolved) {
                kind = .file
            } else if let resolved, resolved.type == "array", let items = resolved.items, let item = resolvedSchema(items), isBinary(item) {
                kind = .files
            } else {
                kind = .value(typeRef(property.schema, suggested: typeName + SwiftName.typeName(property.name), scope: &none))
            }
            return MultipartField(
                name: property.name, swiftName: SwiftName.unique(SwiftName.memberName(property.name), in: &taken), kind: kind,
                required: schema.required.contains(property.name), contentType: media.encoding[property.name]?.contentType,
                headers: media.encoding[property.name]?.headers ?? [], doc: resolved?.description
            )
        }
        return MultipartForm(typeName: typeName, fields: fields)
    }

    /// `type: string, format: binary`: a file.
    private func isBinary(_ schema: Schema) -> Bool {
        (schema.type == "string" || schema.type == nil) && schema.format == "binary"
    }

    /// The schema `referable` stands for, following component references and single-`allOf` wrappers; nil for
    /// a reference that leads nowhere or in a circle.
    func resolvedSchema(_ referable: Referable<Schema>) -> Schema? {
        var current = referable
        var seen: Set<String> = []
        while true {
            switch current {
            case .reference(let reference):
                guard let name = reference.componentName(in: "schemas"), seen.insert(name).inserted,
                      let next = componentSchema(named: name) else { return nil }
                current = next
            case .value(let schema):
                guard isDecorator(schema), seen.insert(schema.pointer.description).inserted else { return schema }
                current = schema.allOf[0]
            }
        }
    }
}
