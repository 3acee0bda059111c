"""University examination boards: module marks, mitigation and degree classification."""
