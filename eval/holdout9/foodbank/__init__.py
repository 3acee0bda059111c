"""Foodbank referrals: agencies issue e-vouchers, centres hand out or deliver parcels."""
