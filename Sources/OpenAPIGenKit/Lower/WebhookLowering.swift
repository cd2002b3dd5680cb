/// Lowers OpenAPI 3.1 `webhooks` (https://spec.openapis.org/oas/v3.1.0#oas-webhooks) into types, not client methods:
/// the API calls your server, so the generated module gives a server what it needs to decode the request.
///
/// Each webhook operation with a request body gets `<Name>WebhookPayload` (`<Name><Method>WebhookPayload` when the
/// webhook has several methods with bodies): the inline body type itself, or a typealias to the component type the
/// body references. Decode it with `OpenAPICoding.makeDecoder()`.
extension APIModelBuilder {
    /// Declares the payload type of every webhook, in webhook-name then method order.
    mutating func lowerWebhooks() {
        var bodiesPerName: [String: Int] = [:]
        for webhook in document.webhooks where webhook.requestBody != nil { bodiesPerName[webhook.operation.path, default: 0] += 1 }
        for webhook in document.webhooks {
            let op = webhook.operation
            guard let body = webhook.requestBody, let media = preferredMedia(body.content) else { continue }
            let method = (bodiesPerName[op.path] ?? 0) > 1 ? SwiftName.typeName(op.method.rawValue) : ""
            let suggested = SwiftName.typeName(op.path) + method + "WebhookPayload"
            var none: Scope?
            let declaredBefore = declarations.count
            let type: TypeRef
            if Self.isJSON(media.contentType) {
                type = media.schema.map { typeRef($0, suggested: suggested, scope: &none) } ?? .json
            } else {
                type = .data
            }
            let intro = "The request body of the webhook `\(op.path)` (\(op.method.rawValue.uppercased()), \(media.contentType)), which the API sends to your server."
            let doc = [intro, body.description ?? op.description ?? op.summary].compactMap { $0 }.joined(separator: "\n\n")
            if case .named(let name) = type, declarations.count > declaredBefore, let index = declarations.lastIndex(where: { $0.name == name }) {
                prependDoc(doc, toDeclarationAt: index)
                continue
            }
            let name = SwiftName.unique(suggested, in: &topLevelNames)
            declare(TypeDecl(name: name, doc: doc, origin: media.pointer, kind: .alias(type)))
        }
    }
}
