"""Escape-room venues: rooms, puzzles, prop controllers, bookings and vouchers."""
