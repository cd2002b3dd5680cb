/// The mistakes in a document that have one sensible reading. Each is a warning that says what was assumed,
/// and generation goes on; strict mode (`--strict`, or `"strict": true` in `openapi-gen.json`) makes each an
/// error instead. Problems without a safe reading (unresolved references, wrong JSON kinds, unknown `type`
/// names) are errors in every mode and have no leniency.
public enum Leniency: String, Hashable, Sendable, CaseIterable, Comparable {
    /// A security requirement names a scheme that `components.securitySchemes` does not declare: ignored for
    /// auth, reported once per scheme.
    case undeclaredSecurityScheme
    /// A path template names `{x}` but no path parameter `x` is declared: a required string path parameter.
    case undeclaredPathParameter
    /// A parameter has neither `schema` nor `content` (or `content` without a schema): a string.
    case parameterWithoutSchema
    /// Two operations share an `operationId`: the later ones get `_2`, `_3`, … in path, then method order.
    case duplicateOperationID
    /// `required` names a key that is not among the object's `properties`: ignored.
    case requiredWithoutProperty
    /// A `default` is not a value of its schema: dropped.
    case mismatchedDefault
    /// An `example` is not a value of its schema: dropped.
    case mismatchedExample
    /// An `enum` lists a value twice: kept once.
    case duplicateEnumValue

    /// The words the warning summary counts this kind under (`3 × duplicate operationId`).
    public var summary: String {
        switch self {
        case .undeclaredSecurityScheme: return "undeclared security scheme"
        case .undeclaredPathParameter: return "undeclared path parameter"
        case .parameterWithoutSchema: return "parameter without schema"
        case .duplicateOperationID: return "duplicate operationId"
        case .requiredWithoutProperty: return "required name without property"
        case .mismatchedDefault: return "default not matching its schema"
        case .mismatchedExample: return "example not matching its schema"
        case .duplicateEnumValue: return "duplicate enum value"
        }
    }

    /// Declaration order.
    public static func < (lhs: Leniency, rhs: Leniency) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}

extension Diagnostic {
    /// A warning about a mistake read leniently: `problem; assumed` (`the parameter 'q' has neither 'schema'
    /// nor 'content'; assumed a string`). In strict mode it becomes the error `problem (strict mode; otherwise
    /// assumed)`.
    public static func lenient(_ kind: Leniency, _ problem: String, assumed: String, file: String, pointer: JSONPointer? = nil) -> Diagnostic {
        var diagnostic = Diagnostic(.warning, "\(problem); \(assumed)", file: file, pointer: pointer)
        diagnostic.leniency = kind
        diagnostic.strictMessage = abbreviated("\(problem) (strict mode; otherwise \(assumed))", limit: maximumMessageLength)
        return diagnostic
    }

    /// The error strict mode reports instead of this lenient warning; any other diagnostic unchanged.
    public var strict: Diagnostic {
        guard severity == .warning, let strictMessage else { return self }
        var copy = self
        copy.severity = .error
        copy.message = strictMessage
        return copy
    }
}
