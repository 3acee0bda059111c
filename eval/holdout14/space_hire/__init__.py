"""Meeting room and event space hire: venues, rooms, bookings, invoices."""
