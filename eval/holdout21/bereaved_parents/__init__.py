"""Support groups for parents whose baby or child has died."""
