"""Home delivery of prescriptions from community pharmacies."""
