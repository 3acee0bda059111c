"""Open-water swim events: entries, results and event-day safety."""
