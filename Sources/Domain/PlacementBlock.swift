/// A class out on a shadowing placement (跟班学习): the consecutive teaching days it is away and
/// who is at which host unit. Every period of those days is the block's; the class has no other
/// session on them.
public struct PlacementBlock: Sendable, Equatable {
    public var group: Group.ID
    public var course: Course.ID
    /// Consecutive teaching days, in order.
    public var days: [Day]
    /// Cadres per host, in scenario order of the hosts; empty until hosts are assigned.
    public var hosts: [HostShare]
    public init(group: Group.ID, course: Course.ID, days: [Day], hosts: [HostShare] = []) {
        self.group = group; self.course = course; self.days = days; self.hosts = hosts
    }
    public var cadres: Int { hosts.reduce(0) { $0 + $1.count } }
}

/// Cadres of one class at one host unit for a whole block, with what the assignment program
/// weighed: topic fit and travel minutes, each per cadre.
public struct HostShare: Sendable, Equatable {
    public var host: Venue.ID
    /// With a roster: the one cadre this share is (count 1); nil: `count` cadres of the class.
    public var cadre: Cadre.ID? = nil
    public var count: Int
    public var topicFit: Double
    public var travelMinutes: Int
    public init(host: Venue.ID, cadre: Cadre.ID? = nil, count: Int, topicFit: Double, travelMinutes: Int) {
        self.host = host; self.cadre = cadre; self.count = count; self.topicFit = topicFit; self.travelMinutes = travelMinutes
    }
}
