"""Coastal tide-gauge network: stations, sensors, readings and flood alerts."""
