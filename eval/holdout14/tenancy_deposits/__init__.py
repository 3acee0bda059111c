"""Custodial tenancy deposit protection: landlords, properties, tenants, repayments, disputes."""
