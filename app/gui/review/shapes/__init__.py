"""Review's controls for polygons and rotated boxes (issue 25)."""
