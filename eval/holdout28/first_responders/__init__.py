"""Community first responder scheme: volunteers, 999 callouts, public-access defibs."""
