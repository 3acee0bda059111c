"""HVAC telemetry from building management systems: sites, air handling units, readings, alarms."""
