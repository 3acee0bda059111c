"""Self-assessment income tax portal: taxpayers, agents, annual returns, repayments."""
