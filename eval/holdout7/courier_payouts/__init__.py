"""Weekly payouts to self-employed delivery couriers: earnings, adjustments, bank runs."""
