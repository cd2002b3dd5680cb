/// A Swift type as the generated code spells it. Builtins are written fully qualified so that a schema
/// called `String`, `Data` or `URL` cannot shadow them.
public indirect enum TypeRef: Hashable, Sendable {
    case string, int, int32, int64, float, double, bool
    /// `date-time` → `Foundation.Date`, coded as RFC 3339.
    case dateTime
    /// `date` → `OpenAPIDate`, coded as `YYYY-MM-DD`.
    case date
    /// `byte` (base64 in JSON) or `binary` → `Foundation.Data`.
    case data
    /// Any JSON value → the generated `JSONValue`.
    case json
    /// A generated type, by its Swift path (`Backup` or `Backup.Status`).
    case named(String)
    case array(TypeRef)
    case dictionary(TypeRef)
    case optional(TypeRef)
    /// The three-state `OpenAPINullable<T>` of a property that can be sent as an explicit `null`
    /// (`ExplicitNullPlanner`): `.null` or `.value(T)`; the property's type is `Optional` of it.
    case explicitNull(TypeRef)
    /// `Swift.AsyncThrowingStream<Element, any Swift.Error>`: the values of a streamed response body, read as they
    /// arrive.
    case stream(TypeRef)
    /// The runtime's `ServerSentEvent<Payload>`: one event of a `text/event-stream` body.
    case serverSentEvent(TypeRef)
    /// A type of the runtime rather than of the document: a request body sent from bytes, a file or a stream, a
    /// multipart body, or a file part. Outside a namespace it is spelled by where the runtime is (inside the
    /// namespace when embedded there, the library's own name when imported), never as a generated type.
    case runtime(RuntimeType)

    /// The Swift spelling.
    public var swift: String {
        switch self {
        case .string: return "Swift.String"
        case .int: return "Swift.Int"
        case .int32: return "Swift.Int32"
        case .int64: return "Swift.Int64"
        case .float: return "Swift.Float"
        case .double: return "Swift.Double"
        case .bool: return "Swift.Bool"
        case .dateTime: return "Foundation.Date"
        case .date: return "OpenAPIDate"
        case .data: return "Foundation.Data"
        case .json: return "JSONValue"
        case .named(let name): return name
        case .array(let element): return "[\(element.swift)]"
        case .dictionary(let value): return "[Swift.String: \(value.swift)]"
        case .optional(let wrapped): return "\(wrapped.swift)?"
        case .explicitNull(let wrapped): return "OpenAPINullable<\(wrapped.swift)>"
        case .stream(let element): return "Swift.AsyncThrowingStream<\(element.swift), any Swift.Error>"
        case .serverSentEvent(let payload): return "ServerSentEvent<\(payload.swift)>"
        case .runtime(let type): return type.rawValue
        }
    }

    /// Whether the type is `Optional`.
    public var isOptional: Bool {
        if case .optional = self { return true }
        return false
    }

    /// The type without one level of `Optional`.
    public var unwrapped: TypeRef {
        if case .optional(let wrapped) = self { return wrapped }
        return self
    }

    /// `Optional` of the type, unless it already is one.
    public var optional: TypeRef {
        isOptional ? self : .optional(self)
    }
}

/// The runtime's types that generated signatures name, beyond the ones with a case of their own in `TypeRef`.
public enum RuntimeType: String, Hashable, Sendable {
    /// `HTTPRequestBody`: a binary request body given as bytes, a file (read while it is sent) or a stream.
    case httpRequestBody = "HTTPRequestBody"
    /// `MultipartBody`: the parts of a `multipart/form-data` body the document does not describe.
    case multipartBody = "MultipartBody"
    /// `MultipartFile`: one file part of a multipart body.
    case multipartFile = "MultipartFile"
}
