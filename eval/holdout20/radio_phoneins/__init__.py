"""Local radio phone-in desk: caller screening, text line and on-air competitions."""
