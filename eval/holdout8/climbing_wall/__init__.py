"""Indoor climbing wall: members, waivers, check-ins, routes, logbook and accident book."""
