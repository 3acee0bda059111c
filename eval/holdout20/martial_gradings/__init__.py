"""Judo club membership, belt gradings and mat attendance."""
