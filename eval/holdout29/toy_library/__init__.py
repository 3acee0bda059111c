"""Community toy library run from a children's centre: member families, toys, loans and returns."""
