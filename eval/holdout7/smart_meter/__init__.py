"""Smart-meter data platform: premises, meters, half-hourly readings and usage insights."""
