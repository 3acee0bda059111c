"""Minis section (U6-U12) of a community rugby club: players, parents, coaches, sessions."""
