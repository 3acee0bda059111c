"""Railway signalling asset register, fault log and remote condition monitoring."""
