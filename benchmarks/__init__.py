"""Benchmarks: speed against the NER floor and vanilla Presidio, and batch memory."""
