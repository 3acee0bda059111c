"""donors app of the second held-out evaluation set."""
