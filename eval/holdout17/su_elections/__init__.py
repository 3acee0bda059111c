"""Students' union officer elections: nominations, STV ballots, counts."""
