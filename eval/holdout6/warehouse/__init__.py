"""Warehouse management: sites, bin locations, SKUs, stock, inbound and picking."""
