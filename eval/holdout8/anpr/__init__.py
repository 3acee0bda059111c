"""ANPR camera system: camera estate, plate reads, hotlists, keeper lookups and audit."""
