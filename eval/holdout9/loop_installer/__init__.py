"""Hearing loop installer: venues, loop installations, compliance tests and parts."""
