"""Residual risk: what still makes a redacted text specific enough to recognise someone."""
