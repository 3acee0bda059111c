"""Free home energy audits run by a local retrofit charity: households, surveys, grant referrals."""
