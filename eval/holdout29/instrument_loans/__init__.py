"""County youth orchestra instrument loan scheme: instrument stock, young players, loans and returns."""
