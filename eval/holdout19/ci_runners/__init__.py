"""Autoscaling pool of self-hosted CI runners."""
