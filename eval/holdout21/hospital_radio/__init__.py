"""Hospital radio: volunteer presenters, shows and bedside song requests."""
