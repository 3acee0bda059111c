"""Learn-to-swim programme: pools, lesson groups, swimmers, guardians and progress notes."""
