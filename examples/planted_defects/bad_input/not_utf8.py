"""A file that is not UTF-8."""

# planted: PRV000 (the next line holds a Latin-1 byte)
NAME = "café"
