"""Used-car dealership: forecourt stock and point-of-sale finance applications."""
