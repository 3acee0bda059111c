"""Theatre box office: productions, performances, seats, patrons and bookings."""
