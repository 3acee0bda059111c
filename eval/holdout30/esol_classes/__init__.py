"""Adult education: ESOL (English for speakers of other languages) courses."""
