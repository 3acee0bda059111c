"""Leisure centre sports hall floor sensors: moisture, surface temperature, occupancy, force plates."""
