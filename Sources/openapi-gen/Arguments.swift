/// The parsed command line.
enum Command: Equatable {
    case generateAll
    case generate(specs: [String], output: String, config: String?, filePrefix: String, name: String?)
    case check(specs: String, generated: String)
    case validate(specs: [String], config: String?)
    case diff(old: String, new: String, failOnBreaking: Bool)
    case help
    case version
}

/// A command line that cannot be understood (exit 64).
struct UsageError: Error, Equatable {
    var message: String
}

/// Parses arguments by hand: a command word, options with values, and positional spec paths.
enum ArgumentParser {
    /// The command for `arguments` (without the program name).
    static func parse(_ arguments: [String]) throws -> Command {
        guard let first = arguments.first else { return .generateAll }
        let rest = Array(arguments.dropFirst())
        switch first {
        case "--help", "-h", "help": return .help
        case "--version": return .version
        case "generate":
            var options = try split(rest, valued: ["--output", "-o", "--config", "--file-prefix", "--name"])
            guard !options.positional.isEmpty else { throw UsageError(message: "generate needs at least one spec file") }
            guard let output = options.values.removeValue(forKey: "--output") ?? options.values.removeValue(forKey: "-o") else {
                throw UsageError(message: "generate needs --output DIR")
            }
            guard !output.allSatisfy(\.isWhitespace) else {
                throw UsageError(message: "--output needs the name of a folder; an empty path would mean the current folder")
            }
            let prefix = options.values["--file-prefix"] ?? ""
            guard prefix.allSatisfy({ $0.isLetter || $0.isNumber || "._-".contains($0) }) else {
                throw UsageError(message: "--file-prefix may only contain letters, digits, '.', '_' and '-'")
            }
            if let name = options.values["--name"], name.allSatisfy(\.isWhitespace) {
                throw UsageError(message: "--name needs a name, such as --name IonosPostgreSQL")
            }
            return .generate(specs: options.positional, output: output, config: options.values["--config"], filePrefix: prefix, name: options.values["--name"])
        case "check":
            let options = try split(rest, valued: ["--specs", "--generated"])
            guard options.positional.isEmpty else { throw UsageError(message: "check takes no spec files; it reads every folder in specs/") }
            return .check(specs: options.values["--specs"] ?? "specs", generated: options.values["--generated"] ?? "Generated")
        case "validate":
            let options = try split(rest, valued: ["--config"])
            guard !options.positional.isEmpty else { throw UsageError(message: "validate needs at least one spec file") }
            return .validate(specs: options.positional, config: options.values["--config"])
        case "diff":
            let failOnBreaking = rest.contains("--fail-on-breaking")
            let options = try split(rest.filter { $0 != "--fail-on-breaking" }, valued: [])
            guard options.positional.count == 2 else {
                throw UsageError(message: "diff needs two specs: the old and the new (a JSON or YAML file, or a specs/<Name>/ folder)")
            }
            return .diff(old: options.positional[0], new: options.positional[1], failOnBreaking: failOnBreaking)
        default:
            throw UsageError(message: first.hasPrefix("-") ? "unknown option '\(first)'" : "unknown command '\(first)'")
        }
    }

    private static func split(_ arguments: [String], valued: Set<String>) throws -> (positional: [String], values: [String: String]) {
        var positional: [String] = []
        var values: [String: String] = [:]
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if valued.contains(argument) {
                guard index + 1 < arguments.count else { throw UsageError(message: "\(argument) needs a value") }
                values[argument] = arguments[index + 1]
                index += 2
            } else if argument.hasPrefix("-") {
                throw UsageError(message: "unknown option '\(argument)'")
            } else {
                positional.append(argument)
                index += 1
            }
        }
        return (positional, values)
    }

    /// The text `--help` prints.
    static let help = """
        openapi-gen — generate Swift clients from OpenAPI 3.0.x documents (JSON or YAML)

        USAGE:
          openapi-gen                                   regenerate every specs/<Name>/ into Generated/<Name>/
          openapi-gen generate SPEC.json [MORE.json…] --output DIR [--config FILE] [--name NAME] [--file-prefix PREFIX]
                                                        generate one API (several documents are merged);
                                                        writes PREFIX + Client.swift, Support.swift, Types.swift;
                                                        --name replaces the config's name (used in doc comments)
          openapi-gen check [--specs DIR] [--generated DIR]
                                                        exit 2 if Generated/ differs from a fresh generation
          openapi-gen validate SPEC.json [MORE.json…] [--config FILE]
                                                        print diagnostics only
          openapi-gen diff OLD NEW [--fail-on-breaking]
                                                        what changed for a Swift caller, breaking changes first;
                                                        OLD and NEW are JSON or YAML files, or specs/<Name>/ folders

        SPEC, OLD and NEW documents are JSON (.json) or YAML (.yaml, .yml); external $refs may mix both.
        In specs/<Name>/, an openapi-gen.json next to the documents is the API's config.
          openapi-gen --help | --version

        Diagnostics go to stderr as `file:line:col: error: sentence [JSON pointer]`.
        Exit codes: 0 success (warnings allowed), 1 spec errors, 2 stale output (check) or breaking changes
        (diff --fail-on-breaking), 64 usage error.
        """
}
