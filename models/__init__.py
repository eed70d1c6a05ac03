"""Shipped model files (installed as ``govinfo_nlp.models``); see each ``*/card.md``."""
