"""Ski and snowboard hire: bookings, skier profiles, equipment and damage reports."""
