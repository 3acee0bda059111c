"""Commercial greenhouse climate monitoring: zones, sensors, readings, alerts."""
