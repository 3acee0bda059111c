"""Hospice volunteer service: volunteers, shifts, befriending visits and expenses."""
