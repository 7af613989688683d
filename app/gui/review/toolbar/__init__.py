"""toolbar."""
