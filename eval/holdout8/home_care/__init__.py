"""Domiciliary (home) care: clients, care plans, carers and visit check-ins."""
