"""Doula collective: birth-partner enquiries, bookings and birth logs."""
