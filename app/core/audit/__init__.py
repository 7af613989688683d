"""Audit: the labels most likely wrong, found where a confident model disagrees with them."""
