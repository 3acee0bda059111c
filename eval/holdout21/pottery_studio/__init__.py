"""Pottery studio membership: studio hours, kilns, firings, classes."""
