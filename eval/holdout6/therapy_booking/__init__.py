"""Online talking-therapy service: client intake, therapist directory, session booking."""
