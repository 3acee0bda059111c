"""Water utility: household customers, meters, readings, bills and leak reports."""
