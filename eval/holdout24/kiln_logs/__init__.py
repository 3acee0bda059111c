"""Ceramics studio: kiln firing schedules, firing logs and controller telemetry."""
