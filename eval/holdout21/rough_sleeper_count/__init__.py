"""Annual rough-sleeper street count and outreach follow-up."""
