"""Community transport (dial-a-ride) for members who cannot use buses."""
