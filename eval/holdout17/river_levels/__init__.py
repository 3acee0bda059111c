"""River level gauging network: stations, readings, telemetry, flood-alert subscriptions."""
