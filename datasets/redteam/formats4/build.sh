#!/usr/bin/env bash
# Rebuild files/ and truth.jsonl. Needs chromium, soffice (Writer), pdftoppm, tesseract
# with chi_sim (g01's text layer), fonts-noto-cjk, and python-docx, pypdf, pillow, numpy,
# opencc, openpyxl (build only: the library never imports openpyxl).
# Chromium and tesseract stamp dates and ids into their output: a rebuild gives the same
# tables and truth, not the same bytes.
set -euo pipefail
cd "$(dirname "$0")/builder"
python build.py "$@"
