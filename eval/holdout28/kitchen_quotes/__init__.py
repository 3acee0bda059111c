"""Kitchen fitter's quoting tool: home surveys, itemised quotes, optional finance applications."""
