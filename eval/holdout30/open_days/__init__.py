"""University open day and campus tour bookings."""
