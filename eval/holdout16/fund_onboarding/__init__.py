"""Hedge fund investor onboarding (subscription documents and KYC/AML checks)."""
