"""Exam invigilator pool for a university: casual staff, sessions, rooms and incident logs."""
