"""Credit reference agency: consumer disputes about entries on their credit file."""
