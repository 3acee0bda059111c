"""Youth theatre: weekly drama workshops, members, guardians, auditions for the summer show."""
