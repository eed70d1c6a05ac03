"""Training and evaluation of the narrative fact model (``models/facts-v3``)."""
