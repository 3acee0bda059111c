"""Bus shelter advertising panels: inventory, campaigns, bookings, maintenance."""
