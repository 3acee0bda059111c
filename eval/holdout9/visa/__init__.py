"""Online visa application service: application payloads, decisions, configuration."""
