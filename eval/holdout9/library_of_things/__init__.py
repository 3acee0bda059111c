"""Neighbourhood library of things: members borrow tools and household kit."""
