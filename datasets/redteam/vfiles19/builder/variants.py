"""Build vfiles19's f02 variants (../variants/): the f02 report's table 三 as line-based readers
see it, where which row a line of numbers belongs to is inferred from its position.

    python datasets/redteam/vfiles19/builder/variants.py

* ``f02_layout.txt``: ``pdftotext -layout`` of f02 as committed (ruled): the labels' lines
  around each line of numbers, in columns of spaces.
* ``f02_borderless.txt``: the text the library's PDF reader gives of f02 printed without rules
  (``td{border:none}``, the same narrow label columns, the numbers centred in height): no grid,
  the labels' fragments on lines of their own above and below each line of numbers.

The PDF itself (about 490 KB, its fonts) is not kept: the texts are what the tables stage reads.
Needs what make.py needs (chromium, poppler) and the library (for the second text).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
OUT = SET / "variants"

_spec = importlib.util.spec_from_file_location("v19make", HERE / "make.py")
assert _spec and _spec.loader
make = importlib.util.module_from_spec(_spec)
_argv, sys.argv = sys.argv, sys.argv[:1]
_spec.loader.exec_module(make)
sys.argv = _argv


def main() -> None:
    OUT.mkdir(exist_ok=True)
    doc = next(d for d in make.DOCS if d["name"].startswith("f02"))
    subprocess.run(
        ["pdftotext", "-layout", str(SET / "docs" / doc["name"]), str(OUT / "f02_layout.txt")],
        check=True,
    )
    with tempfile.TemporaryDirectory(prefix="vfiles19-") as d:
        pdf = Path(d) / "f02_borderless.pdf"
        # f02's own table and css, its rules taken away
        make.chromium(
            doc["rep"], pdf, css=make.WRAP_CSS + " td{border:none !important}", table=_f02_table
        )
        sys.path.insert(0, str(SET.parents[2]))
        from govinfo_nlp.read import read

        (OUT / "f02_borderless.txt").write_text(read(pdf).text, encoding="utf-8")


def _f02_table(name: str, rows: list) -> str:
    """make.f02_build's table: table 三's three label columns 2.4em wide."""
    if name != "t3":
        return make.html_table(rows)
    cols = "".join('<col style="width:2.4em">' for _ in range(3))
    cols += "".join("<col>" for _ in make.T3_COLS)
    return make.html_table(rows).replace("<tr>", "<colgroup>" + cols + "</colgroup><tr>", 1)


if __name__ == "__main__":
    main()
