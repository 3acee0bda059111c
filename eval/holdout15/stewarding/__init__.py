"""Crowd safety stewarding contractor: stewards, deployments, incident log."""
