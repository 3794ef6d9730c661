// The Scenario layer; see README Layout.
