"""Pallet pool tracking: SSCC-labelled pallets scanned across depots and consignments."""
