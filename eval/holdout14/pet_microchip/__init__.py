"""Pet microchip registry: keepers, pets, scans, transfers of keepership, lost reports."""
