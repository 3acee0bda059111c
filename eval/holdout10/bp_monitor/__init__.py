"""Home blood-pressure monitoring for a GP practice hypertension service."""
