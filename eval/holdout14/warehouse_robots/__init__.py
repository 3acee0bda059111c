"""Warehouse goods-to-person robots: fleet, totes, missions, charging and safety incidents."""
