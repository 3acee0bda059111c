"""Blue badge (disabled parking) applications, decisions and on-street checks."""
