"""Organ donation register: decisions, nominated representatives and the audit trail."""
