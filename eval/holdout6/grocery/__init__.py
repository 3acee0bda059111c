"""Online grocery: customers, delivery addresses, slots, orders and van drivers."""
