"""Paternity (DNA relationship) testing clinic: orders, participants, sample kits, results."""
