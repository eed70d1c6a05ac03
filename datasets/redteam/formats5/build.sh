#!/usr/bin/env bash
# Rebuild files/ and truth.jsonl. Needs chromium, soffice (Writer), poppler (pdftoppm,
# pdftotext), fonts-noto-cjk, and python-docx, pypdf, pillow, numpy, opencc, reportlab
# (build only: h07's report-engine PDF). The report model and the HTML/DOCX renderers
# are formats4's, imported from ../formats4/builder.
# Chromium stamps dates into its PDFs: a rebuild gives the same tables and truth, not
# the same bytes. h06 searches the spacer that puts a page break inside a row, so a
# LibreOffice of other metrics may need another spacer (the build finds it).
set -euo pipefail
cd "$(dirname "$0")/builder"
python make.py "$@"
