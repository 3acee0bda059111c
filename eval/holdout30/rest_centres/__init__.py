"""Emergency rest centre registration for evacuated households."""
