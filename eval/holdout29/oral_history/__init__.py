"""Local history society oral-history project: narrators, recorded interviews, release forms, catalogue."""
