"""EV charging network: drivers, chargers, charging sessions and the driver app API."""
