"""Country park ranger service: patrol routes, incidents and kit."""
