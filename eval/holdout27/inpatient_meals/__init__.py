"""Bedside meal ordering for hospital inpatients."""
