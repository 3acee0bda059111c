"""Council street-market trader licences, pitches and inspections."""
