"""Community bus operator: registered timetables, change notices and consultation feedback."""
