/// The names taken in one scope, which remembers, for each candidate, how many numbered forms of it are taken.
///
/// `SwiftName.unique` tries `name`, `name2`, `name3`, … until one is free; with a plain set, 10,000 names that all
/// become `Item` would try 1 + 2 + … + 10,000 candidates. Names are never released, so the numbered forms found
/// taken stay taken, and the next search for the same candidate starts after them: each name is tried about once.
struct NameSet: ExpressibleByArrayLiteral {
    /// The names taken.
    private(set) var names: Set<String>
    /// For each candidate searched for: every form before this number is taken (1 stands for the bare name).
    private var firstFree: [String: Int] = [:]
    /// How many candidates were tried in all (the `names` count of `AnalysisCounters`).
    private(set) var tries = 0

    /// The names of `names` taken.
    init(_ names: Set<String>) {
        self.names = names
    }

    init(arrayLiteral elements: String...) {
        names = Set(elements)
    }

    /// Whether `name` is taken.
    func contains(_ name: String) -> Bool {
        names.contains(name)
    }

    /// Takes `name`.
    mutating func insert(_ name: String) {
        names.insert(name)
    }

    /// `candidate`, or `candidate2`, `candidate3`, … — the first that is neither taken nor in `avoiding`, now taken.
    mutating func unique(_ candidate: String, avoiding: Set<String>) -> String {
        var number = firstFree[candidate] ?? 1
        var allTakenSoFar = true
        while true {
            tries += 1
            let name = number == 1 ? candidate : "\(candidate)\(number)"
            if names.contains(name) {
                if allTakenSoFar { firstFree[candidate] = number + 1 }
            } else if avoiding.contains(name) {
                allTakenSoFar = false  // free here, maybe not in a later search that avoids other names
            } else {
                names.insert(name)
                if allTakenSoFar { firstFree[candidate] = number + 1 }
                return name
            }
            number += 1
        }
    }
}

extension SwiftName {
    /// `unique(_:in:avoiding:)` for a `NameSet`: the same names, found without trying the taken ones again.
    static func unique(_ candidate: String, in taken: inout NameSet, avoiding: Set<String> = []) -> String {
        taken.unique(candidate, avoiding: avoiding)
    }
}
