// The Engine layer; see README Layout.
