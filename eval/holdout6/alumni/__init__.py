"""University alumni network: profiles, reunions and giving."""
