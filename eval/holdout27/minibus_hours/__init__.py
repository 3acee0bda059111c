"""Community minibus scheme: drivers, vehicles and drivers' hours records."""
