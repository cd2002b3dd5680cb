/// The Swift type of each scalar `type`/`format` pair (https://spec.openapis.org/oas/v3.0.3#data-types).
///
/// | type      | format                | Swift                     |
/// |-----------|-----------------------|---------------------------|
/// | integer   | int32 / int64 / other | Swift.Int32 / Int64 / Int |
/// | number    | float / other         | Swift.Float / Double      |
/// | string    | date-time             | Foundation.Date           |
/// | string    | date                  | OpenAPIDate               |
/// | string    | byte (base64), binary | Foundation.Data           |
/// | string    | anything else         | Swift.String              |
/// | boolean   |                       | Swift.Bool                |
///
/// `uuid` and `uri` stay `Swift.String` on purpose: real servers send values that `Foundation.UUID` or
/// `Foundation.URL` would reject (upper-case or braced UUIDs, unescaped spaces), and one bad value would make the
/// whole response undecodable.
enum FormatMapping {
    /// The Swift type of a scalar schema, or nil when `type` is not a scalar type.
    static func scalar(type: String?, format: String?) -> TypeRef? {
        switch type {
        case "string":
            switch format {
            case "date-time": return .dateTime
            case "date": return .date
            case "byte", "binary": return .data
            default: return .string
            }
        case "integer":
            switch format {
            case "int32": return .int32
            case "int64": return .int64
            default: return .int
            }
        case "number":
            return format == "float" ? .float : .double
        case "boolean":
            return .bool
        default:
            return nil
        }
    }

    /// A doc line explaining why a string format is kept as `Swift.String`, for the formats where a Swift
    /// developer would expect a richer type.
    static func note(type: String?, format: String?) -> String? {
        guard type == "string", let format else { return nil }
        switch format {
        case "uuid":
            return "Format `uuid`, kept as `Swift.String`: servers send values that `Foundation.UUID` would reject."
        case "uri", "url", "uri-reference":
            return "Format `\(format)`, kept as `Swift.String`: servers send values that `Foundation.URL` would reject."
        default:
            return nil
        }
    }
}
