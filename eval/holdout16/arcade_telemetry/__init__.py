"""Telemetry from coin-op arcade cabinets on seaside and bowling-alley sites."""
