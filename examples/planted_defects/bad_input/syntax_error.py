"""A file that does not parse."""


def broken(:  # planted: PRV000 (syntax error)
    return 1
