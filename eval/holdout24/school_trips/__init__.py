"""School trips: parental consent forms and instalment payments."""
