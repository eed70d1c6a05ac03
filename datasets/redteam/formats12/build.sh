#!/usr/bin/env bash
# Rebuild files/ and truth.jsonl. Needs chromium (p16, p18), LibreOffice (p12: DOCX -> ODT),
# fonts-noto-cjk, and python-docx, lxml, pypdf, reportlab (p13-p15), for the build only.
# The report model and the HTML/DOCX renderers are formats4's; the helpers of formats5-formats11
# are imported from their builders (formats11's loader brings them all). Chromium, LibreOffice
# and ReportLab stamp dates and ids into their output: a rebuild gives the same tables and
# truth, not the same bytes.
set -euo pipefail
cd "$(dirname "$0")/builder"
python make.py "$@"
