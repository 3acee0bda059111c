"""Golf club: members, handicap scores, tee-time bookings."""
