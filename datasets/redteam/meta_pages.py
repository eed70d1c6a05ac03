"""Write a metadata red team's pages and truth (meta12, meta16, meta18): each set's
``build_pages.py`` keeps every page beside its truth in ``PAGES`` (page id,
extension, page text, truth) and calls :func:`write_pages` on its folder.

The truth file is meta16's format (what ``meta_score.py`` reads): ``file``,
``agency``, ``accept``, ``agency_as_written`` (with ``as_written``: the truth's
``as_written``; meta12 was written before the key), ``region``, ``level``,
``kind``, ``year`` and a ``note`` where the truth has one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path


def paras(*lines: str) -> str:
    """An article's paragraphs as a saved page holds them."""
    return "\n".join(f"<p>{line}</p>" for line in lines)


def text(*blocks: str) -> str:
    """A page saved as text: its blocks on their own lines."""
    return "\n".join(blocks) + "\n"


def write_pages(
    here: Path, pages: Iterable[tuple[str, str, str, dict]], *, as_written: bool = False
) -> None:
    """``here/pages/<id>.<ext>`` for each page and ``here/truth.jsonl``, in order."""
    out = here / "pages"
    out.mkdir(exist_ok=True)
    rows = []
    for pid, ext, page, truth in pages:
        name = f"{pid}.{ext}"
        (out / name).write_text(page, encoding="utf-8")
        row = {"file": name, "agency": truth["agency"], "accept": truth.get("accept", [])}
        if as_written:
            row["agency_as_written"] = truth.get("as_written")
        row.update(
            region=truth.get("region", {}),
            level=truth.get("level"),
            kind=truth.get("kind"),
            year=truth["year"],
        )
        if "note" in truth:
            row["note"] = truth["note"]
        rows.append(row)
    with open(here / "truth.jsonl", "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(rows), "pages")
