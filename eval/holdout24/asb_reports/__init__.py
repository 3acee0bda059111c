"""Housing association: tenant anti-social behaviour reports and case handling."""
