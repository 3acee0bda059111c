"""Register of school governors and trustees kept by a clerking service for several schools."""
