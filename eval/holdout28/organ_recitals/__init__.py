"""Lunchtime and evening organ recital series run by a city-centre church."""
