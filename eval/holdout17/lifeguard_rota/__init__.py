"""Lifeguard rostering, pool water tests and incident reports for a council pool."""
