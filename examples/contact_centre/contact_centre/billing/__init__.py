"""Usage totals sent to our billing provider in New Zealand."""
