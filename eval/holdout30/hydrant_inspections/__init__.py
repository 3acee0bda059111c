"""Fire and rescue service hydrant inspection rounds."""
