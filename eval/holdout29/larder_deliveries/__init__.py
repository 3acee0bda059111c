"""Community larder home deliveries to shielding and housebound residents, run by volunteers."""
