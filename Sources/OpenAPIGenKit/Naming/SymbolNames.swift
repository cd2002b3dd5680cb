/// The words of a name without letters, with its symbols spelled out: `+` is `plus`, `>=` `greaterThanOrEqual`,
/// `+1` `plus1`, so that the enum values `+ - * /` become `plus, minus, asterisk, slash` rather than one name
/// that every value shares.
///
/// Digits stay digits. Punctuation between two digits (`.`, `-`, `_`, `:`, `/`, `,`) separates them without a word,
/// so that dates and versions (`2011-01-01`, `0.12.0`) read as their digits. Whitespace separates. A symbol the table
/// does not list is spelled by its Unicode name (`€` is `euroSign`). The words depend on the name alone.
enum SymbolNames {
    /// Symbols of more than one character, tried before single ones (longest first).
    static let sequences: [(symbol: String, words: [String])] = [
        ("...", ["ellipsis"]),
        ("<=", ["less", "than", "or", "equal"]),
        (">=", ["greater", "than", "or", "equal"]),
        ("!=", ["not", "equal"]),
        ("==", ["equal"]),
        ("&&", ["and"]),
        ("||", ["or"]),
        ("->", ["arrow"]),
    ]

    /// Single symbols.
    static let symbols: [Character: [String]] = [
        "+": ["plus"], "-": ["minus"], "*": ["asterisk"], "/": ["slash"], "\\": ["backslash"],
        "<": ["less", "than"], ">": ["greater", "than"], "=": ["equals"], "!": ["exclamation"], "?": ["question"],
        "%": ["percent"], "&": ["ampersand"], "|": ["pipe"], "^": ["caret"], "~": ["tilde"], "@": ["at"],
        "#": ["hash"], "$": ["dollar"], ".": ["dot"], ",": ["comma"], ":": ["colon"], ";": ["semicolon"],
        "_": ["underscore"], "'": ["apostrophe"], "\"": ["quote"], "`": ["backtick"],
        "(": ["open", "parenthesis"], ")": ["close", "parenthesis"], "[": ["open", "bracket"], "]": ["close", "bracket"],
        "{": ["open", "brace"], "}": ["close", "brace"],
    ]

    /// Punctuation that only separates when it stands between two digits.
    static let digitSeparators: Set<Character> = [".", "-", "_", ":", "/", ","]

    /// Whether `raw` is named by `words(_:)`: it has no letters.
    static func applies(to raw: String) -> Bool {
        !raw.contains { $0.isLetter }
    }

    /// The words of `raw`, a name without letters: digit runs and spelled symbols, in order.
    static func words(_ raw: String) -> [String] {
        let characters = Array(raw)
        var result: [String] = []
        var digits = ""
        var index = 0
        func isDigit(_ at: Int) -> Bool { at >= 0 && at < characters.count && characters[at].isNumber }
        while index < characters.count {
            let character = characters[index]
            if character.isNumber {
                digits.append(character)
                index += 1
                continue
            }
            if !digits.isEmpty {
                result.append(digits)
                digits = ""
            }
            if character.isWhitespace || (digitSeparators.contains(character) && isDigit(index - 1) && isDigit(index + 1)) {
                index += 1
                continue
            }
            let rest = characters[index...]
            if let sequence = sequences.first(where: { rest.starts(with: $0.symbol) }) {
                result += sequence.words
                index += sequence.symbol.count
                continue
            }
            result += symbols[character] ?? unicodeName(character)
            index += 1
        }
        if !digits.isEmpty { result.append(digits) }
        return result
    }

    /// The words of the Unicode names of `character`'s scalars (`EURO SIGN` gives `euro`, `sign`); the scalar's
    /// code (`u20ac`) when it has no name.
    static func unicodeName(_ character: Character) -> [String] {
        character.unicodeScalars.flatMap { scalar -> [String] in
            guard let name = scalar.properties.name ?? scalar.properties.nameAlias else {
                return ["u" + String(scalar.value, radix: 16)]
            }
            return name.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
        }
    }
}
