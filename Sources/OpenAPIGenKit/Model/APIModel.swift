/// A Swift-ready description of one API: the intermediate representation the emitters print.
/// Every identifier in here is already legal and unique.
public struct APIModel: Hashable, Sendable {
    /// The API's title, for the header comment.
    public var title: String
    /// The source files, as display paths.
    public var sourceFiles: [String]
    /// Top-level types in document order: component schemas as `components.schemas` lists them, then the inline
    /// types of operations in operation order, then those of webhooks.
    public var types: [TypeDecl]
    /// The servers the client can talk to.
    public var servers: [ServerChoice]
    /// One endpoint per operation, in document order (paths as listed, each path item's methods in its order).
    public var endpoints: [Endpoint]
}

/// One entry of `servers`, as a case of `Client.Server`.
public struct ServerChoice: Hashable, Sendable {
    /// The case name.
    public var caseName: String
    /// The URL template, `https://{apiHost}`.
    public var url: String
    /// The server's description.
    public var doc: String?
    /// Template variables: Swift parameter name, template name, default value.
    public var variables: [ServerVariable]
}

/// A `{variable}` of a server URL.
public struct ServerVariable: Hashable, Sendable {
    /// The Swift parameter name.
    public var swiftName: String
    /// The name in the URL template.
    public var name: String
    /// The default value.
    public var defaultValue: String
    /// The description.
    public var doc: String?
}
