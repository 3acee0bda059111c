"""Buy-now-pay-later instalment plans at checkout."""
