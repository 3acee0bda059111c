"""Community transport charity: volunteer car scheme drivers and passenger trips."""
