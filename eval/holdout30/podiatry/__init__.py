"""Community podiatry (foot health) service."""
