"""Coding bootcamp: applications, cohorts, progress and graduate outcomes."""
