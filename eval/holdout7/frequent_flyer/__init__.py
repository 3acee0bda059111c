"""Airline frequent-flyer programme: members, miles, flight credits, lounge access."""
