// The Planner layer; see README Layout.
