"""Register office: birth registrations, registration appointments, certificate orders."""
