#!/usr/bin/env bash
# Rebuild files/ and truth.jsonl. Needs chromium (u03, u12), soffice (u04), fonts-noto-cjk, and python-docx,
# lxml, for the build only. The report model, the HTML/DOCX renderers and the loading of earlier
# builders and writing of a set (sets.py) are formats4's; the
# helpers of formats5-formats15 are imported from their builders (formats15's loader brings
# them all). Chromium stamps dates and ids into its output: a rebuild gives the same tables
# and truth, not the same bytes.
set -euo pipefail
cd "$(dirname "$0")/builder"
python make.py "$@"
