import Foundation
@testable import OpenAPIGenKit

// Editing parsed documents for the tree mutations, and writing them back as JSON text.

/// Walking and editing `JSONValue` trees by pointer.
enum JSONTree {
    /// Every node's pointer, root first, in document order.
    static func pointers(in value: JSONValue) -> [JSONPointer] {
        var result: [JSONPointer] = []
        var pending: [(JSONPointer, JSONValue)] = [(.root, value)]
        while let (pointer, node) = pending.popLast() {
            result.append(pointer)
            switch node {
            case .array(let elements):
                for (index, element) in elements.enumerated().reversed() { pending.append((pointer.appending(index), element)) }
            case .object(let object):
                for (key, member) in object.members.reversed() { pending.append((pointer.appending(key), member)) }
            default:
                break
            }
        }
        return result
    }

    /// Replaces the node at `pointer` (or adds an object member there).
    static func set(_ value: inout JSONValue, at pointer: JSONPointer, to newValue: JSONValue) {
        edit(&value, pointer.tokens[...]) { $0 = newValue }
    }

    /// Removes the object member or array element at `pointer`.
    static func remove(_ value: inout JSONValue, at pointer: JSONPointer) {
        guard let last = pointer.tokens.last, let parent = pointer.parent else { return }
        edit(&value, parent.tokens[...]) { node in
            switch node {
            case .object(let object):
                node = .object(JSONObject(orderedMembers: object.members.filter { $0.key != last }))
            case .array(var elements):
                if let index = Int(last), elements.indices.contains(index) { elements.remove(at: index) }
                node = .array(elements)
            default:
                break
            }
        }
    }

    /// Gives the object member at `pointer` the name `name`, in its place (replacing any member already called that).
    static func rename(_ value: inout JSONValue, at pointer: JSONPointer, to name: String) {
        guard let last = pointer.tokens.last, let parent = pointer.parent, let member = value.value(at: pointer) else { return }
        edit(&value, parent.tokens[...]) { node in
            guard case .object(let object) = node else { return }
            let members = object.members.filter { $0.key != name }.map { $0.key == last ? (key: name, value: member) : $0 }
            node = .object(JSONObject(orderedMembers: members))
        }
    }

    private static func edit(_ value: inout JSONValue, _ tokens: ArraySlice<String>, _ change: (inout JSONValue) -> Void) {
        guard let token = tokens.first else {
            change(&value)
            return
        }
        switch value {
        case .object(var object):
            var child = object[token] ?? .null
            edit(&child, tokens.dropFirst(), change)
            object.set(token, child)
            value = .object(object)
        case .array(var elements):
            guard let index = Int(token), elements.indices.contains(index) else { return }
            edit(&elements[index], tokens.dropFirst(), change)
            value = .array(elements)
        default:
            return
        }
    }
}

/// Writes a `JSONValue` as compact JSON text (keys in `JSONObject` order).
enum JSONText {
    static func serialize(_ value: JSONValue) -> String {
        var text = ""
        write(value, into: &text)
        return text
    }

    private static func write(_ value: JSONValue, into text: inout String) {
        switch value {
        case .null: text += "null"
        case .bool(let bool): text += bool ? "true" : "false"
        case .int(let int): text += String(int)
        case .double(let double): text += double.isFinite ? "\(double)" : "0"
        case .string(let string): writeString(string, into: &text)
        case .array(let elements):
            text += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { text += "," }
                write(element, into: &text)
            }
            text += "]"
        case .object(let object):
            text += "{"
            for (index, member) in object.members.enumerated() {
                if index > 0 { text += "," }
                writeString(member.key, into: &text)
                text += ":"
                write(member.value, into: &text)
            }
            text += "}"
        }
    }

    private static func writeString(_ string: String, into text: inout String) {
        text += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            default:
                if scalar.value < 0x20 {
                    text += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                } else {
                    text.unicodeScalars.append(scalar)
                }
            }
        }
        text += "\""
    }
}
