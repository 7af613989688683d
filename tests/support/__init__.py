"""Helpers shared by tests: generated datasets, reference implementations, paths."""
