"""Hospital car parks: staff and concession permits, ANPR visits, parking charge notices."""
