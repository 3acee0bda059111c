"""Hospital discharge planning: patients awaiting discharge, care needs and transport."""
