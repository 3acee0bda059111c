"""Council food waste collection: resident sign-ups, caddy deliveries, missed collections."""
