/// A line diff for tests: the hunks that turn one text into another, from a longest common subsequence of lines.
///
/// Common leading and trailing lines are matched first, so that the quadratic table covers only the part between
/// the first and the last change.
struct LineDiff {
    /// One run of changed lines: what was there, and what is there instead.
    struct Hunk: Equatable {
        var removed: [String] = []
        var added: [String] = []
    }

    /// The hunks turning `old` into `new`, in order.
    static func hunks(_ old: [String], _ new: [String]) -> [Hunk] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix, old[old.count - 1 - suffix] == new[new.count - 1 - suffix] {
            suffix += 1
        }
        let a = Array(old[prefix..<(old.count - suffix)])
        let b = Array(new[prefix..<(new.count - suffix)])
        // lengths[i][j]: the longest common subsequence of a[i...] and b[j...].
        var lengths = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var hunks: [Hunk] = []
        var current = Hunk()
        func close() {
            if current != Hunk() { hunks.append(current) }
            current = Hunk()
        }
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                close()
                i += 1
                j += 1
            } else if j < b.count, i == a.count || lengths[i][j + 1] >= lengths[i + 1][j] {
                current.added.append(b[j])
                j += 1
            } else {
                current.removed.append(a[i])
                i += 1
            }
        }
        close()
        return hunks
    }

    /// The hunks turning `old` into `new`, compared line by line.
    static func hunks(_ old: String, _ new: String) -> [Hunk] {
        hunks(old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
              new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }
}
