"""List candidate quantities of a document: numerals (Arabic, Chinese) with
offsets, the following characters (likely counter) and the line context.
Lines containing '|' (table rows) are marked T.

    python candidates_part1.py reports/r001.txt [--all]   # --all: include idiom-like Chinese numerals
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from goldlib_part1 import NUM_RE, is_table_line, read  # noqa: E402

IDIOM_HINT = set("是要")


def main():
    doc = sys.argv[1]
    text = read(doc)
    show_all = "--all" in sys.argv
    print(f"# {doc}: {len(text)} chars")
    for m in NUM_RE.finditer(text):
        s, e = m.span()
        if not show_all and not m.group()[0].isdigit() and text[e:e + 1] in IDIOM_HINT:
            continue
        t = "T" if is_table_line(text, s) else " "
        ctx = (text[max(0, s - 14):s] + "[" + m.group() + "]" + text[e:e + 8]).replace("\n", "⏎")
        print(f"{t} {s:5}-{e:<5} {ctx}")


if __name__ == "__main__":
    main()
