"""Planted flow defects (PRV2xx-PRV5xx); see flows/EXPECTED.md."""
