"""Usage data: how visitors and users use our website and services."""
