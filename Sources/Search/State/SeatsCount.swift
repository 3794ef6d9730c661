/// Seats short (OverCapacityTerm), incrementally: a meeting held by one group alone costs the
/// people its venue cannot seat; recounted when a group joins or leaves the meeting. Exact
/// when each pool's venues have one capacity (not times first with soft seats, where the pool
/// reads as its largest venue and rooms are assigned afterwards).
extension TimetableState {
    /// People of a meeting held by one group that its venue cannot seat (online: none).
    @inline(__always) func seatsShort(_ p: Int) -> Int {
        attendees[p] == 1 && index.placementSeats[p] != Int.max ? max(0, people[p] - index.placementSeats[p]) : 0
    }

    mutating func addSeatsShort(_ delta: Int) { addAmount(.seatsShort, delta) }

    func seatsShortFromScratch() -> Int {
        let x = index
        var attending = [Int: [Int]]()
        for r in 0..<x.requirementCount where active[r] && assignmentOf[r] >= 0 {
            attending[x.assignmentPlacement[assignmentOf[r]], default: []].append(x.groupSize[x.requirementGroup[r]])
        }
        return attending.reduce(0) { n, e in
            e.value.count == 1 && x.placementSeats[e.key] != Int.max ? n + max(0, e.value[0] - x.placementSeats[e.key]) : n
        }
    }
}
