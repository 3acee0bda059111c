"""Leisure-centre memberships: plans, turnstile entries, class bookings and PAR-Q."""
