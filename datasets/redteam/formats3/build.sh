#!/usr/bin/env bash
# Rebuild files/ and truth.jsonl (needs soffice, chromium, pdftoppm, python-docx, pypdf, pillow, opencc).
set -euo pipefail
cd "$(dirname "$0")/build"
python build.py
