"""Amateur boxing club: members, medicals, shows and bouts."""
