"""Time-and-attendance: wall terminals, badge/finger/mobile clock events, weekly timesheets."""
