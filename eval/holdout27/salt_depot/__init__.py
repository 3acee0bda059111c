"""Highways winter service: road salt depots, deliveries and gritter runs."""
