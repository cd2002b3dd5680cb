/// Where generated declarations go and how visible they are: the config's `access` and `namespace`.
///
/// The emitters do not decide either: they write declarations through `SwiftWriter.declaration(_:_:)` and
/// `SwiftWriter.declarationLine(_:)`, which put `access` in front, and `SwiftWriter.namespace(_:)`, which wraps
/// a file's declarations in `extension <namespace> { … }` (`Types.swift` also declares the namespace). The runtime
/// in `Support.swift` takes the same access level at the positions its embedding recorded, unless `runtime` is
/// `import`: then every file imports the library `OpenAPIGenRuntime` instead.
struct DeclarationLayout: Hashable, Sendable {
    /// The access level of every declaration that is part of the API.
    var access: AccessLevel = .public
    /// When set, every declaration is inside `<access> enum <namespace> {}`, so several APIs can share a target.
    var namespace: String?
    /// Whether the runtime is embedded in `Support.swift` or imported.
    var runtime: RuntimeMode = .embed
}
