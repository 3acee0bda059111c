"""Level crossing obstacle-detection sensors, telemetry and maintenance."""
