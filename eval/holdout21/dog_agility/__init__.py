"""Dog agility club: handlers, dogs, show entries and ring results."""
