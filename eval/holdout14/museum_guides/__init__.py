"""Museum volunteer guides: volunteers, gallery tours, shifts and training."""
