"""Council CCTV estate inventory: sites, recorders, cameras, maintenance."""
