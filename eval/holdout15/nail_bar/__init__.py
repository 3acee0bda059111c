"""Nail bar chain: branches, technicians, client bookings and gift vouchers."""
