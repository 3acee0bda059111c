"""Members, rolling stock and exhibitions for a model railway club."""
