"""Pub darts league: venues, teams, registered players, fixtures and leg results."""
