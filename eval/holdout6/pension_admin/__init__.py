"""Workplace pension scheme administration: members, contributions, transfers."""
