"""A tiny shop with planted declaration defects (PRV101-PRV105). Do not fix them."""
