"""Water troughs on allotment sites: meters, trough condition, leaks and seasonal usage."""
