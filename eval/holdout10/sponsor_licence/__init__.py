"""Immigration sponsor-licence compliance: sponsored workers, reporting duties, right-to-work checks."""
