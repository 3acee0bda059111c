"""County chess association: players, clubs, rated games and tournament entries."""
