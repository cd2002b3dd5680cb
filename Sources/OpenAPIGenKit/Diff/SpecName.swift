/// What the spec calls the node a change is about, read from its JSON pointer and the operation's own names:
/// `schema 'Branch', property 'parent_id'`, `operation 'clustersGet' (GET /clusters), query parameter 'limit'`,
/// `GET /clusters, response 200 (application/json), property 'items', items`.
enum SpecName {
    /// The node at `pointer`, one phrase per step, joined by commas. Linear in the pointer's length.
    static func of(_ pointer: JSONPointer) -> String {
        let tokens = pointer.tokens.map(printable)
        var phrases: [String] = []
        var index = 0
        func next(_ offset: Int = 1) -> String? {
            index + offset < tokens.count ? tokens[index + offset] : nil
        }
        while index < tokens.count {
            let token = tokens[index]
            switch token {
            case "components" where index == 0:
                guard let section = next(), let name = next(2) else { phrases.append("components"); index += 1; continue }
                phrases.append("\(componentKind(section)) '\(name)'")
                index += 3
            case "paths" where index == 0, "webhooks" where index == 0:
                guard let path = next() else { phrases.append(token); index += 1; continue }
                if let method = next(2), HTTPMethod(rawValue: method) != nil {
                    phrases.append(token == "paths" ? "\(method.uppercased()) \(path)" : "webhook '\(path)' \(method.uppercased())")
                    index += 3
                } else {
                    phrases.append(token == "paths" ? "path \(path)" : "webhook '\(path)'")
                    index += 2
                }
            case "properties", "parameters", "headers", "responses", "callbacks", "links", "examples":
                guard let name = next() else { phrases.append(token); index += 1; continue }
                // Status keys and array positions read as they are; names are quoted.
                let bare = token == "responses" || (token == "parameters" && Int(name) != nil)
                phrases.append(bare ? "\(singular(token)) \(name)" : "\(singular(token)) '\(name)'")
                index += 2
            case "content":
                guard let mediaType = next() else { phrases.append(token); index += 1; continue }
                if var last = phrases.popLast() {
                    last += " (\(mediaType))"
                    phrases.append(last)
                } else {
                    phrases.append("content (\(mediaType))")
                }
                index += 2
            case "allOf", "oneOf", "anyOf", "prefixItems", "enum":
                guard let position = next() else { phrases.append(token); index += 1; continue }
                phrases.append("\(token)[\(position)]")
                index += 2
            case "schema":
                index += 1
            case "requestBody":
                phrases.append("request body")
                index += 1
            default:
                phrases.append(token)
                index += 1
            }
        }
        return phrases.isEmpty ? "the document" : phrases.joined(separator: ", ")
    }

    /// `operation 'clustersGet' (GET /clusters)`, or `GET /clusters` without an `operationId`.
    static func of(_ endpoint: Endpoint) -> String {
        let request = "\(endpoint.httpMethod) \(printable(endpoint.pathTemplate))"
        // Without an `operationId`, lowering names the operation `get /clusters`.
        let unnamed = endpoint.operationID == "\(endpoint.httpMethod.lowercased()) \(endpoint.pathTemplate)"
        return unnamed ? request : "operation '\(printable(endpoint.operationID))' (\(request))"
    }

    /// `query parameter 'limit'`.
    static func of(_ parameter: EndpointParameter) -> String {
        "\(parameter.location.rawValue) parameter '\(printable(parameter.name))'"
    }

    /// A name from the spec as one short line: control characters written as `\u{A}`, and a name longer than
    /// `Diagnostic.maximumPrintedTokenLength` abbreviated with `…`, so that a hostile name cannot split a report
    /// line or flood it.
    static func printable(_ name: String) -> String {
        let short = Diagnostic.abbreviated(name, limit: Diagnostic.maximumPrintedTokenLength)
        guard short.unicodeScalars.contains(where: isControl) else { return short }
        var result = ""
        for scalar in short.unicodeScalars {
            if isControl(scalar) {
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    private static func componentKind(_ section: String) -> String {
        switch section {
        case "schemas": return "schema"
        case "requestBodies": return "request body"
        case "securitySchemes": return "security scheme"
        case "pathItems": return "path item"
        default: return singular(section)
        }
    }

    private static func singular(_ word: String) -> String {
        switch word {
        case "properties": return "property"
        case "callbacks", "links", "examples", "headers", "parameters", "responses": return String(word.dropLast())
        default: return word.hasSuffix("s") ? String(word.dropLast()) : word
        }
    }
}
