"""Citizen-science recording app: volunteers log species sightings at survey sites."""
