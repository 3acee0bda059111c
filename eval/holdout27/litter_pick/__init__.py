"""Community litter-pick volunteers, events and hotspot reports."""
