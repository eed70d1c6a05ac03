"""Radicals and compatibility ideographs read as the ideographs they stand for.

Text copied out of a PDF whose fonts map glyphs to Kangxi radicals (⼀ ⼆ ⼋ ⽉ for
一 二 八 月), CJK radicals-supplement characters or CJK compatibility ideographs (年
U+F98E for 年) keeps those code points when it is pasted into a web page or a Word
document: headings (⼀、总体情况), row labels (（⼀）予以公开, ⾃然⼈) and the agency's
name are then no longer the words they show (formats8 k01, k02: sections, year and
table rows not found). The PDF reader maps each glyph (readers.pdf._clean); every
other reader's text and table cells go through :func:`unify`, one character for one,
so that offsets are unchanged. The map is ``data/radicals.tsv`` (Unicode's
EquivalentUnifiedIdeograph) and NFKC for the compatibility ideographs (those NFKC
leaves alone, such as 﨎 U+FA0E, are unified ideographs themselves).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..datafiles import read_text

__all__ = ["unify"]

# Kangxi radicals, the radicals supplement, the compatibility blocks: where such a
# character can be (a quick scan before any translation).
_MAYBE = re.compile("[\u2e80-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f]")


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for line in read_text("readers/data/radicals.tsv").splitlines():
        if line and not line.startswith("#"):
            src, dst = line.split("\t")
            table[int(src, 16)] = chr(int(dst, 16))
    for code in (*range(0xF900, 0xFB00), *range(0x2F800, 0x2FA20)):
        ch = chr(code)
        mapped = unicodedata.normalize("NFKC", ch)
        if len(mapped) == 1 and mapped != ch:
            table.setdefault(code, mapped)
    return table


def unify(text: str) -> str:
    """``text`` with each radical and compatibility ideograph made the ideograph it
    stands for; the same length (one character for one).

    >>> unify("⼀、总体情况 ⾃然⼈ 2021年")
    '一、总体情况 自然人 2021年'
    """
    if _MAYBE.search(text) is None:
        return text
    return text.translate(_table())
