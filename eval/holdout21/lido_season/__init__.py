"""Open-air lido: season tickets, turnstile entries, pool water checks."""
