"""Community equipment service: loans of occupational-therapy equipment to clients at home."""
