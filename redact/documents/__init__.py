"""Readers and writers per format: streaming, strict, and atomic on write."""
