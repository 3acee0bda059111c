"""Chimney sweeping business: bookings, appliances, sweep certificates."""
