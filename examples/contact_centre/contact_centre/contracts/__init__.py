"""Contract data: customers, their named contacts, and the contracts we hold with them."""
