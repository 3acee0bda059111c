"""HR case management: disciplinary, capability and grievance cases, hearings and evidence."""
