"""Short respite breaks for unpaid carers."""
