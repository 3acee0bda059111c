"""Junior tennis coaching programme for a members club."""
