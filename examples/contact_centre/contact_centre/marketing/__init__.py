"""Marketing data: subscriptions, opt-outs and the suppression list."""
