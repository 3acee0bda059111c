"""Sleep clinic: home sleep studies with loaned wearables (ring + chest strap)."""
