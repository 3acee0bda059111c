"""Learn-to-skate lessons at a municipal ice rink."""
