"""High-street opticians: patients, sight tests, prescriptions and spectacle orders."""
