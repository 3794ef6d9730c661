/// Did-you-mean by edit distance, shared by every reader that names what it expected
/// (scenario files, ITC-2007 instances).
public enum Spelling {
    /// The closest candidate if it is close enough to be a plausible typo; ties go to the
    /// alphabetically first so output never depends on dictionary order.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let w = Array(word.lowercased().unicodeScalars)
        guard !w.isEmpty, w.count <= 200 else { return nil }
        var best: (Int, String)?
        for c in candidates where c != word {
            let cs = Array(c.lowercased().unicodeScalars)
            guard abs(cs.count - w.count) <= 3 else { continue }
            let d = distance(w, cs)
            let limit = max(1, min(3, max(w.count, cs.count) / 3))
            guard d <= limit, d < max(w.count, cs.count) else { continue }
            if best == nil || d < best!.0 || (d == best!.0 && c < best!.1) { best = (d, c) }
        }
        return best?.1
    }

    /// Levenshtein distance with adjacent transpositions counting as one edit.
    public static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev2 = [Int](repeating: 0, count: b.count + 1)
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { cur[j] = min(cur[j], prev2[j - 2] + 1) }
            }
            (prev2, prev, cur) = (prev, cur, prev2)
        }
        return prev[b.count]
    }

}
