"""Telematics ingest for a car-rental fleet: GPS fixes, harsh-driving events, geofences."""
