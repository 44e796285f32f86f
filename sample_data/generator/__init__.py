"""Seeded generator of synthetic social-work records (see ../README.md). Nothing here is real."""
