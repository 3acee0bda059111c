"""Probation case management: people on probation, supervision contacts, testing, court reports."""
