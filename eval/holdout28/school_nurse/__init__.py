"""School-aged immunisation service: in-school vaccination sessions, consent, doses given."""
