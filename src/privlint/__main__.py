"""Allow ``python -m privlint``."""

from __future__ import annotations

import sys

from privlint.cli import main

if __name__ == "__main__":
    sys.exit(main())
