"""Over-the-air software updates for self-service kiosks (mostly device records)."""
