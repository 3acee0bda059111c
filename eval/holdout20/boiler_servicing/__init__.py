"""Gas heating firm: customers, appliances, annual services and landlord gas safety records."""
