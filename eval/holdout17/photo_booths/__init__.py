"""Passport photo booth fleet: booths, capture sessions, online photo codes."""
