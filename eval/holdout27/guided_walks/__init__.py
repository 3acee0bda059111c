"""Guided countryside walks for blind and partially sighted walkers."""
