"""Parcel locker hardware network: locker banks, compartments, deposits, door telemetry."""
