"""Church of England marriage register, banns and wedding bookings for a benefice office."""
