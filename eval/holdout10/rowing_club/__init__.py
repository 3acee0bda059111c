"""Rowing club: members, squads, boats, outings on the river and erg tests."""
