"""Executive chauffeur bookings and dispatch."""
