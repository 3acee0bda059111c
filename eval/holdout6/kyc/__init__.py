"""Identity verification (KYC) service: document capture, liveness, sanctions screening."""
