"""Council tax billing: properties, liable parties, discounts and recovery."""
