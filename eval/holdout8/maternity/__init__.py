"""Maternity unit: booking, antenatal visits and birth notifications."""
