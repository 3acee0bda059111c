"""Rail season tickets: annual and monthly tickets, employer loan schemes, gate taps."""
