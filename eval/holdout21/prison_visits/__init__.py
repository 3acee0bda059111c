"""Booking social visits to people in prison."""
