"""Council winter service: gritting routes, runs and treatment decisions."""
