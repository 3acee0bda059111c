"""Spiritual care referrals and visits for the hospital chaplaincy team."""
