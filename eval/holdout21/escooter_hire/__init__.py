"""E-scooter hire: riders, scooters, rides and parking zones."""
