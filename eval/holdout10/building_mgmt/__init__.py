"""Building management system for a multi-tenant office block: BACnet points, zones, doors, faults."""
