"""Music streaming service: listeners, catalogue, plays, playlists and taste profiles."""
