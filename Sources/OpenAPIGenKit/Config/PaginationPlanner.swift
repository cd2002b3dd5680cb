/// Decides which operations get a `<method>Pages` method: those named in the config's `pagination`, those
/// that plainly page by `limit`/`offset` (integer query parameters of those names and a success body with an
/// `items` array), and those that plainly page by next links (`NextLinkDetection`).
enum PaginationPlanner {
    /// `model` with `pagination` filled in; config rules that do not fit their operation are errors.
    static func apply(_ rules: [String: PaginationRule], to model: APIModel, configFile: String, diagnostics: inout DiagnosticBag) -> APIModel {
        var result = model
        var names = NameSet(Set(model.endpoints.map(\.methodName)))
        let types = model.types.byQualifiedName
        for (operationID, _) in rules.sorted(by: { $0.key < $1.key }) where !model.endpoints.contains(where: { $0.operationID == operationID }) {
            diagnostics.append(Diagnostic(.error, "pagination names '\(operationID)', which is not an operationId of the spec", file: configFile, pointer: JSONPointer(["pagination", operationID])))
        }
        result.endpoints = model.endpoints.map { endpoint in
            var copy = endpoint
            let explicit = rules[endpoint.operationID]
            let rule = explicit ?? PaginationRule(style: .offset, limit: "limit", offset: "offset", cursor: nil, nextCursor: nil, items: "items")
            let planned = plan(endpoint, rule, types)
            let detected: Result<Pagination, Mismatch>
            if explicit == nil, case .failure = planned, let linkRule = NextLinkDetection.rule(for: endpoint, types: types) {
                detected = plan(endpoint, linkRule, types)
            } else {
                detected = planned
            }
            switch detected {
            case .success(var pagination):
                pagination.methodName = SwiftName.unique(endpoint.methodName + "Pages", in: &names)
                copy.pagination = pagination
            case .failure(let reason):
                if explicit != nil {
                    diagnostics.append(Diagnostic(.error, "cannot page '\(endpoint.operationID)': \(reason.message)", file: configFile, pointer: JSONPointer(["pagination", endpoint.operationID])))
                }
            }
            return copy
        }
        return result
    }

    /// Why a rule does not fit an operation.
    struct Mismatch: Error {
        var message: String
    }

    static func plan(_ endpoint: Endpoint, _ rule: PaginationRule, _ types: [String: TypeDecl]) -> Result<Pagination, Mismatch> {
        func query(_ name: String?) -> EndpointParameter? {
            endpoint.parameters.first { $0.location == .query && $0.name == name }
        }
        guard let limit = query(rule.limit), [.int, .int32, .int64].contains(limit.type) else {
            return .failure(Mismatch(message: "it has no integer query parameter '\(rule.limit)'"))
        }
        guard endpoint.body?.required != true, case .json(let body)? = endpoint.success.body else {
            return .failure(Mismatch(message: "it needs a JSON success body and no required request body"))
        }
        let success = body.unwrapped
        guard let items = path(rule.items, in: success, types: types), case .array(let itemType) = aliased(items.type.unwrapped, types) else {
            return .failure(Mismatch(message: "its response has no array at '\(rule.items)'"))
        }
        let style: Pagination.Style
        switch rule.style {
        case .offset:
            guard let offset = query(rule.offset), [.int, .int32, .int64].contains(offset.type) else {
                return .failure(Mismatch(message: "it has no integer query parameter '\(rule.offset ?? "offset")'"))
            }
            style = .offset(offsetArgument: offset.swiftName)
        case .cursor:
            guard let cursor = query(rule.cursor), cursor.type == .string else {
                return .failure(Mismatch(message: "it has no string query parameter '\(rule.cursor ?? "")'"))
            }
            guard let next = rule.nextCursor.flatMap({ path($0, in: success, types: types) }), next.type.unwrapped == .string else {
                return .failure(Mismatch(message: "its response has no string at '\(rule.nextCursor ?? "")'"))
            }
            style = .cursor(cursorArgument: cursor.swiftName, nextCursor: next.path)
        case .nextLink, .linkHeader:
            // The JSON body checked above is the one body of every success status: no per-status enum.
            if rule.style == .linkHeader {
                style = .link(nextLink: nil)
            } else if let next = rule.next.flatMap({ path($0, in: success, types: types) }), next.type.unwrapped == .string {
                style = .link(nextLink: next.path)
            } else {
                return .failure(Mismatch(message: "its response has no string at '\(rule.next ?? "")'"))
            }
        }
        var hasMore: PropertyPath?
        if rule.style == .cursor {
            switch hasMoreFlag(rule, in: success, types: types) {
            case .success(let flag): hasMore = flag
            case .failure(let mismatch): return .failure(mismatch)
            }
        }
        return .success(Pagination(
            methodName: "", limitArgument: limit.swiftName, limitType: limit.type, style: style, items: items.path,
            itemType: itemType, hasMore: hasMore
        ))
    }

    /// The names of a "more pages follow" flag that are used without configuration.
    static let hasMoreNames = ["has_more", "hasMore", "has_next", "hasNext", "has_next_page", "hasNextPage"]

    /// The path of the response's "has more" boolean: the configured path (an error when it is not a
    /// boolean), else the first of `hasMoreNames` that is a top-level boolean, else nil.
    private static func hasMoreFlag(_ rule: PaginationRule, in success: TypeRef, types: [String: TypeDecl]) -> Result<PropertyPath?, Mismatch> {
        if let configured = rule.hasMore {
            guard let flag = path(configured, in: success, types: types), flag.type.unwrapped == .bool else {
                return .failure(Mismatch(message: "its response has no boolean at '\(configured)'"))
            }
            return .success(flag.path)
        }
        for name in hasMoreNames {
            if let flag = path(name, in: success, types: types), flag.type.unwrapped == .bool { return .success(flag.path) }
        }
        return .success(nil)
    }

    /// `type`, or the type an alias of that name stands for (through chains of aliases).
    static func aliased(_ type: TypeRef, _ types: [String: TypeDecl]) -> TypeRef {
        var current = type
        var seen: Set<String> = []
        while case .named(let name) = current, seen.insert(name).inserted, let decl = types[name], case .alias(let target) = decl.kind {
            current = target.unwrapped
        }
        return current
    }

    /// The property path and type of a dotted JSON path (`meta.marker`) in `type`; the type is optional when the
    /// path is. The empty path is the value itself.
    static func path(_ dotted: String, in type: TypeRef, types: [String: TypeDecl]) -> (path: PropertyPath, type: TypeRef)? {
        var segments: [PropertyPath.Segment] = []
        var current = type
        for key in dotted.split(separator: ".").map(String.init) {
            guard case .named(let name) = current.unwrapped, let properties = structProperties(name, types),
                  let property = properties.first(where: { $0.jsonKey == key }) else { return nil }
            segments.append(PropertyPath.Segment(swiftName: property.swiftName, isOptional: property.type.isOptional))
            current = property.type
        }
        let path = PropertyPath(segments)
        return (path, path.isOptional ? current.optional : current)
    }

    /// The properties of the struct called `name` (`A` or `A.B`), following typealiases (iteratively: a chain of
    /// aliases may be long, and each is looked up by name, not searched for).
    private static func structProperties(_ name: String, _ types: [String: TypeDecl]) -> [Property]? {
        var current = name
        var seen: Set<String> = []
        while seen.insert(current).inserted, let decl = types[current] {
            if case .structure(let properties) = decl.kind { return properties }
            guard case .alias(.named(let next)) = decl.kind else { return nil }
            current = next
        }
        return nil
    }
}
