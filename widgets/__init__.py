"""Reusable Qt widgets. They know nothing of the app package."""
