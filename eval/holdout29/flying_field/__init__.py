"""Model aircraft club flying field: site data, club fleet and batteries, flight log."""
