"""University practice-placement timesheets for nursing and allied-health students."""
