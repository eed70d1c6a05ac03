#!/usr/bin/env bash
# Rebuild files/ and truth.jsonl. Needs chromium, soffice (Writer), ghostscript (i03's
# outlines), poppler, fonts-noto-cjk, and python-docx, pypdf (with cryptography: i04's
# AES-256), pdfplumber (i05: where the field of each cell goes), lxml, pillow, numpy,
# opencc (build only). The report model and the HTML/DOCX renderers are formats4's, the
# model edits formats5's, imported from ../formats4/builder and ../formats5/builder.
# Chromium and LibreOffice stamp dates and ids into their output: a rebuild gives the
# same tables and truth, not the same bytes.
set -euo pipefail
cd "$(dirname "$0")/builder"
python make.py "$@"
