"""Wheelchair-accessible taxi booking service: passengers, journeys, drivers and dispatch."""
