"""Network inventory for a university campus: sites, racks, devices, circuits, leases."""
