"""School uniform bank: referrals, families, children's sizes and donated stock."""
