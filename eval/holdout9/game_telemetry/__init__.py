"""Mobile puzzle game: client telemetry events, player profiles, ingest settings."""
