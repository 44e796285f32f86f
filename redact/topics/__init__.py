"""Withheld topics: passages a policy withholds whole, beyond identifiers."""
