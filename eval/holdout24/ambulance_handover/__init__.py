"""Ambulance service: emergency department handover delays and crew time lost."""
