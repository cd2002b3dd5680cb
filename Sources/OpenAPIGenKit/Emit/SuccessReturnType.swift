/// The Swift types the generated methods return for each success shape: the body's value, `Optional` of it when
/// some statuses have none, the per-status enum, or `nil` for `Void`.
extension SuccessResponse {
    /// What the operation's method returns; nil for `Void`.
    var returnType: TypeRef? {
        switch self {
        case .noBody: return nil
        case .body(let content, _, _): return content.body.valueType
        case .bodyOrNone(let content, _, _, _): return content.body.valueType.optional
        case .perStatus(let enumName, _): return .named(enumName)
        }
    }
}

extension ResponseBody {
    /// The value the body is read as: the decoded type, `Swift.String`, `Foundation.Data`, the content enum, or
    /// `Swift.AsyncThrowingStream<Element, any Swift.Error>` for a streamed body (a `ServerSentEvent` per event).
    var valueType: TypeRef {
        switch self {
        case .json(let type): return type
        case .text: return .string
        case .bytes: return .data
        case .contentTypes(let enumName, _): return .named(enumName)
        case .serverSentEvents(let payload): return .stream(.serverSentEvent(payload ?? .string))
        case .jsonLines(let value), .jsonSequence(let value): return .stream(value)
        }
    }
}
