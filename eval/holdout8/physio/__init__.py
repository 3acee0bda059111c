"""Physiotherapy practice: referrals, appointments and treatment notes."""
