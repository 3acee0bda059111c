"""Castings, auditions and members for an amateur dramatics society."""
