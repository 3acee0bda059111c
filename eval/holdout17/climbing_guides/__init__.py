"""Marketplace for booking qualified rock-climbing guides."""
