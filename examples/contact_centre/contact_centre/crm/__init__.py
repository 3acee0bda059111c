"""Data we process as a processor for our customers (notice section 3).

Our customers (tenants) are the controllers of everything in this package. It is kept apart
from the controller packages: nothing here feeds our own analytics or marketing.
"""
