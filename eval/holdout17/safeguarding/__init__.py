"""Children's services front door: safeguarding referrals from professionals."""
