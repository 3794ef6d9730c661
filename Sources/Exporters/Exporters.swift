// The Exporters layer; see README Layout.
