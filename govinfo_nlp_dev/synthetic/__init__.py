"""Synthetic corpora: the report generator (with its phrase data), the multi-year
panel corpus, and the scripts that write the bundled samples and format fixtures
under ``datasets/``."""
