"""Readers' letters desk for a local weekly newspaper."""
