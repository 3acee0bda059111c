"""Fleet of vending machines: sites, machines, planograms, telemetry, cashless sales, refills."""
