"""GP practice online repeat-prescription requests."""
