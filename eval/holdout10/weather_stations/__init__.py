"""Automatic weather-station network: stations, sensors, observations and site visits."""
