"""Piano teaching studio: pupils, weekly lessons, exam entries and termly invoices."""
