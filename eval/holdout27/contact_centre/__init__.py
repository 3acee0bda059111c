"""Child contact centre: referred families, supervised visits and handovers."""
