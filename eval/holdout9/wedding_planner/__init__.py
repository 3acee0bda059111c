"""Wedding planning app: couples, guest lists, RSVPs, seating and suppliers."""
