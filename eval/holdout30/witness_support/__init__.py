"""Court witness support service: referrals, pre-trial visits and volunteers."""
