"""Travel vaccination clinic: travellers, trips, risk assessments and jabs."""
