"""Armed forces veterans' breakfast club: members, monthly breakfasts, lifts and welfare referrals."""
