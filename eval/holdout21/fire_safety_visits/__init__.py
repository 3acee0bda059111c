"""Fire and rescue service home fire-safety visits."""
