"""Roadside recovery club: members, breakdowns, patrol dispatch."""
