#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Writes a `JSONValue` as YAML 1.2 text that `YAMLLoader` reads back to the same value: in block style
/// (indented mappings and sequences, literal block scalars for multi-line text) or in flow style
/// (`{key: value, …}` over several lines). Strings are plain when that is unambiguous, otherwise quoted.
///
/// Used to turn JSON documents into YAML for tests and benchmarks; keys are written in the value's (document) order.
public enum YAMLWriter {
    /// Block or flow collections.
    public enum Style: Sendable {
        case block, flow
    }

    /// `value` as a YAML document ending in a line feed.
    public static func text(_ value: JSONValue, style: Style) -> String {
        var output = ""
        switch style {
        case .block:
            switch value {
            case .object(let object) where !object.isEmpty: writeMembers(object, indent: 0, into: &output)
            case .array(let array) where !array.isEmpty: writeItems(array, indent: 0, into: &output)
            default: output = scalar(value, inFlow: false) + "\n"
            }
        case .flow:
            writeFlow(value, indent: 0, into: &output)
            output += "\n"
        }
        return output
    }

    // MARK: - Block style

    private static func writeMembers(_ object: JSONObject, indent: Int, firstInline: Bool = false, into output: inout String) {
        let pad = String(repeating: " ", count: indent)
        for (offset, member) in object.members.enumerated() {
            if !(firstInline && offset == 0) { output += pad }
            output += key(member.key) + ":"
            writeBlockValue(member.value, indent: indent, sequenceIndent: indent, into: &output)
        }
    }

    private static func writeItems(_ array: [JSONValue], indent: Int, into output: inout String) {
        let pad = String(repeating: " ", count: indent)
        for item in array {
            output += pad + "-"
            switch item {
            case .object(let object) where !object.isEmpty:
                output += " "
                writeMembers(object, indent: indent + 2, firstInline: true, into: &output)
            case .array(let inner) where !inner.isEmpty:
                output += "\n"
                writeItems(inner, indent: indent + 2, into: &output)
            default:
                writeBlockValue(item, indent: indent, sequenceIndent: indent + 2, into: &output)
            }
        }
    }

    /// Writes what follows `key:` or `-`: a scalar on the same line, or a collection on the next lines.
    private static func writeBlockValue(_ value: JSONValue, indent: Int, sequenceIndent: Int, into output: inout String) {
        switch value {
        case .object(let object) where !object.isEmpty:
            output += "\n"
            writeMembers(object, indent: indent + 2, into: &output)
        case .array(let array) where !array.isEmpty:
            output += "\n"
            writeItems(array, indent: sequenceIndent, into: &output)
        case .string(let string) where string.contains("\n") && canBeLiteral(string):
            output += " " + literal(string, indent: indent + 2)
        default:
            output += " " + scalar(value, inFlow: false) + "\n"
        }
    }

    /// A literal block scalar (`|`, with chomping and, when the text starts with white space, indentation
    /// indicators) whose lines are indented `indent` columns.
    private static func literal(_ string: String, indent: Int) -> String {
        var lines = string.split(separator: "\n", omittingEmptySubsequences: false)
        var trailing = 0
        while lines.count > 1, lines.last == "" {
            lines.removeLast()
            trailing += 1
        }
        var header = "|"
        if string.hasPrefix(" ") || string.hasPrefix("\n") { header += "2" }
        header += trailing == 0 ? "-" : trailing == 1 ? "" : "+"
        let pad = String(repeating: " ", count: indent)
        var text = header + "\n"
        for line in lines { text += line.isEmpty ? "\n" : pad + line + "\n" }
        if trailing > 1 { text += String(repeating: "\n", count: trailing - 1) }
        return text
    }

    private static func canBeLiteral(_ string: String) -> Bool {
        string.unicodeScalars.allSatisfy { $0 == "\n" || $0 == "\t" || isPrintable($0) } && !string.hasSuffix(" ")
            && !string.split(separator: "\n").contains { $0.hasSuffix(" ") || $0.hasPrefix("\t") }
    }

    // MARK: - Flow style

    private static func writeFlow(_ value: JSONValue, indent: Int, into output: inout String) {
        let pad = String(repeating: " ", count: indent + 2)
        switch value {
        case .object(let object) where !object.isEmpty:
            output += "{\n"
            for (offset, member) in object.members.enumerated() {
                output += pad + key(member.key, inFlow: true) + ": "
                writeFlow(member.value, indent: indent + 2, into: &output)
                output += offset == object.keys.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "}"
        case .array(let array) where !array.isEmpty:
            output += "["
            for (offset, item) in array.enumerated() {
                if offset > 0 { output += ", " }
                writeFlow(item, indent: indent + 2, into: &output)
            }
            output += "]"
        default:
            output += scalar(value, inFlow: true)
        }
    }

    // MARK: - Scalars

    private static func key(_ text: String, inFlow: Bool = false) -> String {
        text == "<<" ? "'<<'" : string(text, inFlow: inFlow)
    }

    private static func scalar(_ value: JSONValue, inFlow: Bool) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double(let number): return "\(number)"
        case .string(let text): return string(text, inFlow: inFlow)
        case .array: return "[]"
        case .object: return "{}"
        }
    }

    /// Plain when unambiguous, single-quoted when only quotes or backslashes prevent it, else double-quoted.
    static func string(_ text: String, inFlow: Bool) -> String {
        if isSafePlain(text, inFlow: inFlow) { return text }
        if !text.isEmpty, text.unicodeScalars.allSatisfy(isPrintable), !text.hasPrefix(" "), !text.hasSuffix(" ") {
            return "'" + text.replacing("'", with: "''") + "'"
        }
        return doubleQuoted(text)
    }

    private static func isSafePlain(_ text: String, inFlow: Bool) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if "-?:,[]{}#&*!|>'\"%@` \t".unicodeScalars.contains(first) || last == " " || last == ":" { return false }
        if text.hasPrefix("---") || text.hasPrefix("...") || text.contains(": ") || text.contains(" #") { return false }
        if inFlow, text.unicodeScalars.contains(where: { ",[]{}:".unicodeScalars.contains($0) }) { return false }
        guard text.unicodeScalars.allSatisfy({ isPrintable($0) && $0 != "\t" }) else { return false }
        return YAMLScalarResolver.resolvePlain(text) == .string(text)
    }

    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value >= 0x20 && value < 0x7F) || (value >= 0xA0 && value != 0xFEFF && value != 0x2028 && value != 0x2029)
    }

    private static func doubleQuoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if isPrintable(scalar) {
                    output.unicodeScalars.append(scalar)
                } else {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    output += scalar.value > 0xFFFF ? "\\U" + String(repeating: "0", count: 8 - hex.count) + hex : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
            }
        }
        return output + "\""
    }
}
