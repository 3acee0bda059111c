"""Sheltered housing schemes: wardens, tenants, daily welfare calls and alarm activations."""
