"""Bathing-water quality sampling and public pollution alerts for council beaches."""
