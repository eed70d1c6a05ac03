#!/usr/bin/env bash
# Rebuild files/ and truth.jsonl. Needs chromium, soffice (Writer), poppler, fonts-noto-cjk, and
# python-docx (>= 1.2: comments), pypdf, pdfplumber, lxml, pillow, reportlab (k18's OCR layer,
# k19's engine PDF) and xlwt (k15's .xls), for the build only. The report model and the
# HTML/DOCX renderers are formats4's, the model edits formats5's, the DOCX and Kangxi helpers
# formats6's, the saved-page helper formats7's, imported from their builders. Chromium and
# LibreOffice stamp dates and ids into their output: a rebuild gives the same tables and truth,
# not the same bytes.
set -euo pipefail
cd "$(dirname "$0")/builder"
python make.py "$@"
