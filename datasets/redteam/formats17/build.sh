#!/usr/bin/env bash
# Rebuild files/ and truth.jsonl. Needs chromium (v04, v10), fonts-noto-cjk, and python-docx,
# lxml, for the build only. The report model and the HTML/DOCX renderers are formats4's;
# formats16's builder (and through it formats5-formats15's helpers) is imported, not copied.
# Chromium stamps dates and ids into its output: a rebuild gives the same tables and truth,
# not the same bytes.
set -euo pipefail
cd "$(dirname "$0")/builder"
python make.py "$@"
