#!/usr/bin/env bash
# Rebuild files/ and truth.jsonl. Needs chromium (also driven over --remote-debugging-pipe for
# j02's real MHTML), soffice (Writer), poppler (pdftoppm, pdftotext), fonts-noto-cjk, and
# python-docx, pypdf, pdfplumber, lxml, pillow (with libtiff: j14's Group 4 TIFF), numpy (build
# only). The report model and the HTML/DOCX renderers are formats4's, the model edits and
# image helpers formats5's, the DOCX helpers formats6's, imported from their builders.
# Chromium and LibreOffice stamp dates and ids into their output (j02 also a local port):
# a rebuild gives the same tables and truth, not the same bytes.
set -euo pipefail
cd "$(dirname "$0")/builder"
python make.py "$@"
