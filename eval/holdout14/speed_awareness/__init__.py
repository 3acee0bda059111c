"""Speed awareness courses: offers from police forces, clients, course sessions and bookings."""
