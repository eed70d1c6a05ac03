#!/usr/bin/env bash
# Rebuild files/ and truth.jsonl. Needs chromium (o13), poppler (o11: pdftoppm),
# fonts-noto-cjk, and python-docx, lxml, Pillow, reportlab (o11, o12),
# for the build only. The report model and the HTML/DOCX renderers are formats4's, the model
# edits formats5's, the DOCX XML helpers formats6's, the saved-page helper formats7's, the
# shown-cell helpers formats8's, the ReportLab page writer formats9's, the table helpers
# formats10's, imported from their builders. Chromium and ReportLab stamp dates and ids into
# their output: a rebuild gives the same tables and truth, not the same bytes.
set -euo pipefail
cd "$(dirname "$0")/builder"
python make.py "$@"
