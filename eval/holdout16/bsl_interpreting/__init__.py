"""Sign language interpreting agency: interpreters, deaf clients, bookings."""
