"""Authoritative DNS zone management for a small hosting provider."""
