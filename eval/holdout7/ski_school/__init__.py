"""Ski and snowboard school in the Alps: bookings, pupils, group lessons, instructors."""
