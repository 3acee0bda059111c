"""Debt relief order applications submitted by approved intermediaries."""
