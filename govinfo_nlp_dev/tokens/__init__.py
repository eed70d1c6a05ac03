"""Training and evaluation of the word segmenter (``models/pkuseg-v1``)."""
