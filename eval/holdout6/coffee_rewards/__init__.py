"""Loyalty and rewards API for a coffee chain: stars, tiers, mobile order pickup."""
