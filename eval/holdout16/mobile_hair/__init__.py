"""Mobile hairdressing business: clients visited at home, stylists, appointments."""
