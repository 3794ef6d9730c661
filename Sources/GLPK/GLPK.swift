// The GLPK layer; see README Layout.
