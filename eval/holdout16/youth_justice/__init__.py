"""Youth offending team case management."""
