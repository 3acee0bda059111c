"""Specific learning difficulty (dyslexia) assessment practice."""
