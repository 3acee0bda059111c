"""Electoral registration: properties, electors, the annual canvass and applications to register."""
