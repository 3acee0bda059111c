"""Case management for a domestic abuse refuge: referrals, residents and key work."""
