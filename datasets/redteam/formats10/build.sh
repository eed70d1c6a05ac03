#!/usr/bin/env bash
# Rebuild files/ and truth.jsonl. Needs chromium (n19), soffice (Writer: n02, n10, n11, n13, n15),
# poppler's pdftotext (n02, n15), fonts-noto-cjk, and python-docx, pypdf, lxml, reportlab (n03-n05),
# for the build only. The report model and the HTML/DOCX renderers are formats4's, the model
# edits formats5's, the DOCX XML helpers formats6's, the saved-page helper formats7's, the
# shown-cell helpers formats8's, the ReportLab page writer and the OCR-letter DOCX formats9's,
# imported from their builders. Chromium and LibreOffice stamp dates and ids into their output:
# a rebuild gives the same tables and truth, not the same bytes.
set -euo pipefail
cd "$(dirname "$0")/builder"
python make.py "$@"
