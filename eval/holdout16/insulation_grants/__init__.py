"""Loft and cavity-wall insulation grant scheme (households, surveys, installers)."""
