"""privlint: check Python code against the privacy policy manifest in its repository."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
