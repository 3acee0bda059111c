"""Coarse fishing club: members, match draws, weigh-ins and pools."""
