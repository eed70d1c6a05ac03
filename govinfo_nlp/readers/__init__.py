"""Readers of the binary and structured inputs: each turns one format into a
:class:`~govinfo_nlp.read.Document` whose text is the document's extracted
text and whose tables keep their grid (see SCHEMA §1 for offsets)."""
