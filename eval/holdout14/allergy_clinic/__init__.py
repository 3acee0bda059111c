"""Paediatric and adult allergy clinic: patients, skin-prick tests, food challenges, referrals."""
