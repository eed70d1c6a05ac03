"""A self-contained HTML page for one parsed report: ``render_html(report) -> str``.

The page shows the report's metadata, warnings and errors; the report text with
every narrative fact highlighted by type (a coloured mark with a small type
label, as displaCy does) and a verdict badge after each reconciled claim; the
parsed tables laid out by the template's rows and columns, with the cells of
failing checks marked; and lists of facts, reconciliation verdicts and checks.
Hovering any highlight, badge or cell shows its provenance (``title``).

Decisions:

* **Offsets.** Facts carry offsets into the ORIGINAL input (``report.text``).
  For plain-text input the page shows ``report.text`` itself as preformatted
  text, so highlights sit exactly on the offsets. For HTML input, showing the
  page source would be unreadable, so the view re-reads the source
  (:func:`govinfo_nlp.read.read`) to get the visible text together with its
  offset map, places the highlights through that map, and adds the escaped
  source in a collapsed block. When the map cannot be used (it does not
  reproduce ``report.text``), the source itself is shown with the highlights.
* **Overlapping facts** nest when one span contains the other; a span that
  crosses its neighbour's end is clipped to it (marked ``clipped``); a span
  that cannot be placed (empty, out of range) is listed under "Facts not
  placed in the text". Every fact thus gets exactly one ``mark.fact`` element.
* **Safety.** Reports contain injected spam, so every piece of document text
  (and every value that came from the document) goes through
  :func:`html.escape`, and a Content-Security-Policy forbids loading
  anything: the page has no external URL and works offline.
* **Hooks for tests and scripts.** Highlights carry ``data-fact`` (the fact's
  index) and ``data-type``; badges ``data-rec`` (the reconciliation's index)
  and ``data-for-fact``; table cells ``data-field`` (the field id).
"""

from .common import FACT_COLORS, VERDICT_COLORS
from .disagreements import render_disagreements
from .page import render_html
from .summary import VERDICT_MEANINGS, field_label

__all__ = [
    "FACT_COLORS",
    "VERDICT_COLORS",
    "VERDICT_MEANINGS",
    "field_label",
    "render_disagreements",
    "render_html",
]
