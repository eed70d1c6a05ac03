#!/usr/bin/env bash
# Rebuild files/ and truth.jsonl. Needs chromium (q02-q04, q15, q16), LibreOffice (q01: tagged PDF),
# fonts-noto-cjk, and python-docx, lxml, pypdf (q15), for the build only.
# The report model and the HTML/DOCX renderers are formats4's; the helpers of formats5-formats12
# are imported from their builders (formats12's loader brings them all). Chromium, LibreOffice
# and ReportLab stamp dates and ids into their output: a rebuild gives the same tables and
# truth, not the same bytes.
set -euo pipefail
cd "$(dirname "$0")/builder"
python make.py "$@"
