"""Home energy advice visits: households, advisors, visits and grant checks."""
