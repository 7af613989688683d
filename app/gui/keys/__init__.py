"""Keys people set themselves: the registry of the window's named actions (registry), the presets
and the small JSON file they travel in (presets, files), and Settings ▸ Keyboard (dialog)."""
