"""Dog-walking business: clients, dogs, walkers, GPS-tracked walks and invoices."""
