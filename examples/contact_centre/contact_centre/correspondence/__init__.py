"""Correspondence data: enquiries, complaints and the messages exchanged about them."""
