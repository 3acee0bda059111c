"""Residents' parking permits for a London borough: zones, permits, visitor sessions."""
