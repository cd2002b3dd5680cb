/// The generator's version, printed by `openapi-gen --version`. Never written into generated files.
public enum OpenAPIGenVersion {
    /// The current version.
    public static let current = "0.1.0"
}
