"""Food-bank volunteering rota: volunteers, roles, shifts, sign-ups and DBS checks."""
