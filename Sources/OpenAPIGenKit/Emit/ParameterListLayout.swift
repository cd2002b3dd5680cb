/// Lays out a parenthesised list of parameters or arguments so that a review diff stays small: with more than one
/// item, each is on its own line and the closing parenthesis starts a line of its own, so adding or removing one
/// parameter adds or removes one line (and the comma of the line before it when it is the last one: Swift 6.0,
/// the oldest toolchain the generated code supports, has no trailing commas in parameter lists). One item, or none,
/// stays on the line: `init(id: Swift.String)`.
enum ParameterListLayout {
    /// `opening(items)closing` as lines, without indentation: `["opening(items)closing"]` for at most one item,
    /// otherwise `opening(`, each item one level deeper (all but the last followed by a comma), and `)closing`.
    static func lines(_ opening: String, _ items: [String], _ closing: String = "") -> [String] {
        guard items.count > 1 else { return [opening + "(" + items.joined() + ")" + closing] }
        let last = items.count - 1
        let listed = items.enumerated().map { index, item in "    " + item + (index == last ? "" : ",") }
        return [opening + "("] + listed + [")" + closing]
    }
}

extension SwiftWriter {
    /// Appends `opening(items)closing` at the current indentation, laid out by `ParameterListLayout`.
    mutating func line(_ opening: String, list items: [String], _ closing: String = "") {
        lines(ParameterListLayout.lines(opening, items, closing))
    }

    /// Appends `<access> opening(items)closing {`, the body one level deeper, and `}`: `declaration(_:_:)` with the
    /// parameters laid out by `ParameterListLayout`.
    mutating func declaration(_ opening: String, list items: [String], _ closing: String, _ body: (inout SwiftWriter) -> Void) {
        lines(ParameterListLayout.lines(layout.access.rawValue + " " + opening, items, closing + " {"))
        indented(body)
        line("}")
    }
}
