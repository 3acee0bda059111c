"""Hospice at home: community nursing visits to patients at end of life."""
