"""Pawnbroker: customers, pledges (pawn loans), pledged items and outright purchases."""
