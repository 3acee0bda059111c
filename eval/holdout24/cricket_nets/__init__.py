"""Cricket club: practice nets bookings, coaching and match selection."""
