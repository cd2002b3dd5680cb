#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Builds Swift source text line by line, with indentation and doc comments handled in one place.
///
/// Output has 4-space indentation, LF line endings, no trailing whitespace. The writer also applies the
/// config's `DeclarationLayout`: declarations written with `declaration` or `declarationLine` get its access
/// level, and `namespace` puts them inside the namespace.
struct SwiftWriter {
    /// The text so far.
    private(set) var text = ""
    private var level = 0
    /// The access level and namespace of the declarations written.
    let layout: DeclarationLayout

    /// A writer for declarations with `layout`'s access level and namespace.
    init(layout: DeclarationLayout = DeclarationLayout()) {
        self.layout = layout
    }

    /// Appends `<access> header {`, the body one level deeper, and `}`: a declaration that is part of the API.
    mutating func declaration(_ header: String, _ body: (inout SwiftWriter) -> Void) {
        block(layout.access.rawValue + " " + header, body)
    }

    /// Appends the one-line declaration `<access> content`.
    mutating func declarationLine(_ content: String) {
        line(layout.access.rawValue + " " + content)
    }

    /// Appends what `body` writes inside `extension <namespace> { … }`, or as it is without a namespace.
    mutating func namespace(_ body: (inout SwiftWriter) -> Void) {
        guard let namespace = layout.namespace else { return body(&self) }
        block("extension \(namespace)", body)
    }

    /// Appends the declaration of the namespace, `<access> enum <namespace> {}` with a doc comment naming `title`,
    /// and an empty line; nothing without a namespace.
    mutating func namespaceDeclaration(title: String) {
        guard let namespace = layout.namespace else { return }
        doc("The declarations generated for \(title).")
        declarationLine("enum \(namespace) {}")
        line()
    }

    /// Appends each line of `text` at the current indentation (empty lines stay empty).
    mutating func lines<Lines: Sequence>(_ text: Lines) where Lines.Element: StringProtocol {
        for content in text { line(String(content)) }
    }

    /// Appends the lines `selected` of `split` at the current indentation (empty lines stay empty), copied as bytes.
    mutating func lines(_ split: ByteLines, _ selected: [Int]) {
        text += String(decoding: split.joined(selected, indentedBy: level * 4), as: UTF8.self)
    }

    /// Appends one line at the current indentation; an empty string appends an empty line.
    mutating func line(_ content: String = "") {
        if !content.isEmpty {
            for _ in 0..<level { text += "    " }
            text += content
        }
        text += "\n"
    }

    /// Appends the lines of `block` like `lines(block.split(separator: "\n", omittingEmptySubsequences: false))`;
    /// at the top level, where no line is indented, the block is appended in one piece.
    mutating func verbatim(_ block: String) {
        guard level == 0 else {
            // A CR LF is one `Character`, which a split at "\n" keeps whole; the byte split is only used without CR.
            let split = ByteLines(block)
            if split.contains(0x0D) { return lines(block.split(separator: "\n", omittingEmptySubsequences: false)) }
            return lines(split, Array(split.lines.indices))
        }
        text += block
        text += "\n"
    }

    /// Appends `blocks` joined by `separator`, like `verbatim(blocks.joined(separator: separator))`; at the top level
    /// into capacity reserved once (the embedded runtime is 130 KB).
    mutating func verbatim(_ blocks: [String], separator: String) {
        guard level == 0 else { return verbatim(blocks.joined(separator: separator)) }
        let added = blocks.reduce(0) { $0 + $1.utf8.count } + separator.utf8.count * max(0, blocks.count - 1) + 1
        text.reserveCapacity(text.utf8.count + added)
        for (index, block) in blocks.enumerated() {
            if index > 0 { text += separator }
            text += block
        }
        text += "\n"
    }

    /// Appends `header {`, the body one level deeper, and `}`.
    mutating func block(_ header: String, _ body: (inout SwiftWriter) -> Void) {
        line(header + " {")
        level += 1
        body(&self)
        level -= 1
        line("}")
    }

    /// Appends the lines `body` writes one level deeper, without braces.
    mutating func indented(_ body: (inout SwiftWriter) -> Void) {
        level += 1
        body(&self)
        level -= 1
    }

    /// Appends `call { parameters in`, the closure body one level deeper, and `}`.
    mutating func closure(_ call: String, parameters: String, _ body: (inout SwiftWriter) -> Void) {
        line("\(call) { \(parameters) in")
        level += 1
        body(&self)
        level -= 1
        line("}")
    }

    /// Appends `do {`, `body` one level deeper, `} catch {`, `handler` one level deeper, and `}`.
    mutating func doCatch(_ body: (inout SwiftWriter) -> Void, catch handler: (inout SwiftWriter) -> Void) {
        line("do {")
        level += 1
        body(&self)
        level -= 1
        line("} catch {")
        level += 1
        handler(&self)
        level -= 1
        line("}")
    }

    /// Appends `switch subject {`, the cases at the same indentation (Swift's convention), and `}`.
    mutating func switchBlock(_ subject: String, _ body: (inout SwiftWriter) -> Void) {
        line("switch \(subject) {")
        body(&self)
        line("}")
    }

    /// Appends `///` lines for `text`, one per source line (LF, CR LF or a lone CR), trailing spaces trimmed; nothing for nil or blank text.
    mutating func doc(_ text: String?) {
        guard let text else { return }
        var lines = PlainText.lines(text).map { String(PlainText.trimmingTrailingBlanks($0)) }
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        for docLine in lines {
            line(docLine.isEmpty ? "///" : "/// " + docLine)
        }
    }

    /// The text with exactly one trailing newline.
    var finished: String {
        var result = text
        while result.hasSuffix("\n\n") { result.removeLast() }
        if !result.hasSuffix("\n") { result += "\n" }
        return result
    }
}
