"""Batch jobs over the redact library: the local runner and the Dask runner share stages."""
