"""Student mental-health drop-in service at a university."""
