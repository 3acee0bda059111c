"""Kayak club members, boats, river trips and live safety tracking."""
