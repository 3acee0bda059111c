"""Sports injury clinic: registration, injury intake, clinical notes and rehab."""
