"""Fostering service: carer approval, placements and weekly allowance payments."""
