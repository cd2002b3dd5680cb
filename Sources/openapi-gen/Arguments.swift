import OpenAPIGenKit

/// The parsed command line.
enum Command: Equatable {
    case generateAll(ReportOptions)
    case generate(specs: [String], output: String, config: String?, filePrefix: String, name: String?, runtime: RuntimeMode?, ReportOptions)
    case check(specs: String, generated: String, ReportOptions)
    case validate(specs: [String], config: String?, ReportOptions)
    case diff(old: String, new: String, failOnBreaking: Bool, format: DiffReport.Format, ReportOptions)
    case help
    case version
}

/// `--strict` (lenient readings are errors), `--verbose` (every warning, none cut) and `--ref-root DIR` (a
/// folder whose files external `$ref`s may read besides the spec's own folder).
struct ReportOptions: Equatable {
    var strict = false
    var verbose = false
    var referenceRoot: String?

    /// Removes the flags (and the value of `--ref-root`) from `arguments`, wherever they are.
    static func take(from arguments: inout [String]) throws -> ReportOptions {
        var options = ReportOptions()
        var kept: [String] = []
        var index = 0
        while index < arguments.count {
            switch arguments[index] {
            case "--strict": options.strict = true
            case "--verbose": options.verbose = true
            case "--ref-root":
                guard index + 1 < arguments.count, !arguments[index + 1].allSatisfy(\.isWhitespace) else {
                    throw UsageError(message: "--ref-root needs a folder, such as --ref-root .. (external $refs may then read files inside it)")
                }
                options.referenceRoot = arguments[index + 1]
                index += 1
            default: kept.append(arguments[index])
            }
            index += 1
        }
        arguments = kept
        return options
    }
}

/// A command line that cannot be understood (exit 64).
struct UsageError: Error, Equatable {
    var message: String
}

/// Parses arguments by hand: a command word, options with values, and positional spec paths.
enum ArgumentParser {
    /// The command for `arguments` (without the program name).
    static func parse(_ arguments: [String]) throws -> Command {
        var remaining = arguments
        let options = try ReportOptions.take(from: &remaining)
        guard let first = remaining.first else { return .generateAll(options) }
        let rest = Array(remaining.dropFirst())
        switch first {
        case "--help", "-h", "help": return .help
        case "--version": return .version
        case "generate":
            var parsed = try split(rest, valued: ["--output", "-o", "--config", "--file-prefix", "--name", "--runtime"])
            guard !parsed.positional.isEmpty else { throw UsageError(message: "generate needs at least one spec file") }
            guard let output = parsed.values.removeValue(forKey: "--output") ?? parsed.values.removeValue(forKey: "-o") else {
                throw UsageError(message: "generate needs --output DIR")
            }
            guard !output.allSatisfy(\.isWhitespace) else {
                throw UsageError(message: "--output needs the name of a folder; an empty path would mean the current folder")
            }
            let prefix = parsed.values["--file-prefix"] ?? ""
            guard prefix.allSatisfy({ $0.isLetter || $0.isNumber || "._-".contains($0) }) else {
                throw UsageError(message: "--file-prefix may only contain letters, digits, '.', '_' and '-'")
            }
            if let name = parsed.values["--name"], name.allSatisfy(\.isWhitespace) {
                throw UsageError(message: "--name needs a name, such as --name IonosPostgreSQL")
            }
            var runtime: RuntimeMode?
            if let value = parsed.values["--runtime"] {
                guard let mode = RuntimeMode(rawValue: value) else {
                    throw UsageError(message: "--runtime must be one of \(RuntimeMode.allCases.map(\.rawValue).joined(separator: ", ")), not '\(value)'")
                }
                runtime = mode
            }
            return .generate(specs: parsed.positional, output: output, config: parsed.values["--config"], filePrefix: prefix, name: parsed.values["--name"], runtime: runtime, options)
        case "check":
            let parsed = try split(rest, valued: ["--specs", "--generated"])
            guard parsed.positional.isEmpty else { throw UsageError(message: "check takes no spec files; it reads every folder in specs/") }
            return .check(specs: parsed.values["--specs"] ?? "specs", generated: parsed.values["--generated"] ?? "Generated", options)
        case "validate":
            let parsed = try split(rest, valued: ["--config"])
            guard !parsed.positional.isEmpty else { throw UsageError(message: "validate needs at least one spec file") }
            return .validate(specs: parsed.positional, config: parsed.values["--config"], options)
        case "diff":
            let failOnBreaking = rest.contains("--fail-on-breaking")
            let parsed = try split(rest.filter { $0 != "--fail-on-breaking" }, valued: ["--format"])
            guard parsed.positional.count == 2 else {
                throw UsageError(message: "diff needs two specs: the old and the new (a JSON or YAML file, or a specs/<Name>/ folder)")
            }
            let formatName = parsed.values["--format"] ?? DiffReport.Format.plain.rawValue
            guard let format = DiffReport.Format(rawValue: formatName) else {
                throw UsageError(message: "unknown --format '\(formatName)'; use \(DiffReport.Format.allCases.map(\.rawValue).joined(separator: " or "))")
            }
            return .diff(old: parsed.positional[0], new: parsed.positional[1], failOnBreaking: failOnBreaking, format: format, options)
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
        openapi-gen — generate Swift clients from OpenAPI 3.0 and 3.1 documents (JSON or YAML)

        USAGE:
          openapi-gen [--strict] [--verbose]            regenerate every specs/<Name>/ into Generated/<Name>/
          openapi-gen generate SPEC.json [MORE.json…] --output DIR [--config FILE] [--name NAME] [--file-prefix PREFIX]
                        [--runtime embed|import]        generate one API (several documents are merged);
                                                        writes PREFIX + Client.swift, Support.swift, Types.swift … Types7.swift,
                                                Values.swift;
                                                        --name replaces the config's name (used in doc comments),
                                                        --runtime its "runtime" (import: the files import the
                                                        library OpenAPIGenRuntime instead of carrying it)
          openapi-gen check [--specs DIR] [--generated DIR]
                                                        exit 2 if Generated/ differs from a fresh generation
          openapi-gen validate SPEC.json [MORE.json…] [--config FILE]
                                                        print diagnostics only
          openapi-gen diff OLD NEW [--format plain|markdown] [--fail-on-breaking]
                                                        what changed for a Swift caller, breaking changes first:
                                                        the Swift declaration, the spec's name, file:line:col and
                                                        JSON pointer of each change (markdown: a table for a pull
                                                        request); OLD and NEW are JSON or YAML files, or
                                                        specs/<Name>/ folders

        SPEC, OLD and NEW documents are JSON (.json) or YAML (.yaml, .yml); external $refs may mix both.
        In specs/<Name>/, an openapi-gen.json next to the documents is the API's config.
          openapi-gen --help | --version

        Every command takes:
          --strict    mistakes with one sensible reading (an undeclared security scheme, a duplicate
                      operationId, a default that does not match its schema, …) are errors, not warnings;
                      the same as "strict": true in openapi-gen.json
          --verbose   show every warning (otherwise at most \(DiagnosticReport.defaultLimitPerKind) of each lenient kind, then a count)
          --ref-root DIR
                      external $refs may also read files inside DIR, a folder you trust;
                      without it they read only files inside the spec's own folder

        Diagnostics go to stderr as `file:line:col: error: sentence [JSON pointer]`, followed by a one-line
        warning summary that counts the warnings by kind.
        Exit codes: 0 success (warnings allowed), 1 spec errors, 2 stale output (check) or breaking changes
        (diff --fail-on-breaking), 64 usage error.
        """
}
