"""Patient records, charting and appointments for a mixed NHS/private dental practice."""
