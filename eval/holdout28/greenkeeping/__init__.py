"""Golf course greenkeeping: machinery register, servicing, fuel and spray records."""
