"""Period and fertility tracker app backend: profiles, daily logs, predictions, sync."""
