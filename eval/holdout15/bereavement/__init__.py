"""Bereavement support charity: self-referrals, counsellors, session notes."""
