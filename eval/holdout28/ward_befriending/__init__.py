"""Hospital volunteer befriending: volunteers visit lonely in-patients on the wards."""
