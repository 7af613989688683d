"""threshold."""
