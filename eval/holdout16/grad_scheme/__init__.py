"""Graduate scheme recruitment portal (applicants, applications, streams)."""
