"""Food hygiene inspection service for a district council (mostly business records)."""
