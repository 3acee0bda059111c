"""Research lab: ultra-low freezer temperature monitoring and alarm escalation."""
