"""Pet insurance: policyholders, pets, policies and vet-fee claims."""
