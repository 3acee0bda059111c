"""Island ferry operator: sailings, bookings, passenger manifests, check-in."""
