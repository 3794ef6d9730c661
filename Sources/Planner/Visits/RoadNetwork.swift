import Domain

/// Shortest travel minutes between sites through the roads the scenario's `travel` lists: a
/// pair not listed directly is reached through listed ones (Dijkstra from each site asked
/// about, remembered). A road is the same both ways unless the file gives both directions,
/// as `TrainingScenario.travelMinutes` reads it.
public final class RoadNetwork {
    let index: [Site.ID: Int]
    /// Outgoing roads per site index: (to, minutes).
    let roads: [[(to: Int, minutes: Int)]]
    var memo: [Int: [Int?]] = [:]

    public init(_ s: TrainingScenario) {
        var ids = s.sites.map(\.id)
        // Sites named only in travel or as bases still get a node, so nothing is silently dropped.
        for t in s.travel { ids += [t.from, t.to] }
        var index: [Site.ID: Int] = [:]
        for id in ids where index[id] == nil { index[id] = index.count }
        var direct: [[Int: Int]] = Array(repeating: [:], count: index.count)
        // The first figure per direction wins, a stated direction beats the mirror of the other.
        var stated = Set<[Int]>()
        for t in s.travel {
            let a = index[t.from]!, b = index[t.to]!
            if stated.insert([a, b]).inserted { direct[a][b] = t.minutes }
        }
        for t in s.travel {
            let a = index[t.from]!, b = index[t.to]!
            if !stated.contains([b, a]), direct[b][a] == nil { direct[b][a] = t.minutes }
        }
        self.index = index
        roads = direct.map { $0.map { (to: $0.key, minutes: $0.value) }.sorted { $0.to < $1.to } }
    }

    /// Minutes from `a` to `b` by the shortest roads; nil when no road leads there.
    public func minutes(from a: Site.ID, to b: Site.ID) -> Int? {
        if a == b { return 0 }
        guard let i = index[a], let j = index[b] else { return nil }
        if memo[i] == nil { memo[i] = dijkstra(from: i) }
        return memo[i]![j]
    }

    func dijkstra(from source: Int) -> [Int?] {
        var best: [Int?] = Array(repeating: nil, count: roads.count)
        var done = Array(repeating: false, count: roads.count)
        var heap = MinHeap()
        best[source] = 0
        heap.push((0, source))
        while let (d, u) = heap.pop() {
            if done[u] { continue }
            done[u] = true
            for r in roads[u] where !done[r.to] {
                let nd = d + r.minutes
                if best[r.to].map({ nd < $0 }) ?? true { best[r.to] = nd; heap.push((nd, r.to)) }
            }
        }
        return best
    }
}

/// A binary heap of (minutes, site) pairs, smallest first (ties by site, for the same result on every run).
struct MinHeap {
    var items: [(Int, Int)] = []
    static func less(_ a: (Int, Int), _ b: (Int, Int)) -> Bool { a.0 != b.0 ? a.0 < b.0 : a.1 < b.1 }
    mutating func push(_ x: (Int, Int)) {
        items.append(x)
        var i = items.count - 1
        while i > 0, Self.less(items[i], items[(i - 1) / 2]) { items.swapAt(i, (i - 1) / 2); i = (i - 1) / 2 }
    }
    mutating func pop() -> (Int, Int)? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < items.count, Self.less(items[l], items[m]) { m = l }
                if r < items.count, Self.less(items[r], items[m]) { m = r }
                if m == i { break }
                items.swapAt(i, m); i = m
            }
        }
        return top
    }
}
