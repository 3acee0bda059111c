"""District-metered-area water meters on a LoRaWAN network."""
