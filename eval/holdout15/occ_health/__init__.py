"""Occupational health provider: employer referrals, assessments, health surveillance."""
