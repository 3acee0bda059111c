"""Supported-employment placements at sheltered workshops for disabled adults."""
