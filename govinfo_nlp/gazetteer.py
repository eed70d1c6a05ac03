"""China's administrative divisions (province, city, county): names → area codes.

The list is ``data/divisions.tsv`` (its header says where it comes from, its
licence and how current it is). Metadata uses it to read the area prefix of
an agency's name (杭州市余杭区卫生健康局 → 浙江省 / 杭州市 / 余杭区, 330110) and
so its level; a name the list does not hold is left to the caller, never
guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["Division", "Gazetteer", "gazetteer"]

# The level word a short form drops (绵阳市 → 绵阳, 肃南裕固族自治县 → 肃南).
# Short forms are only used after a full parent name (威海市文登 → 文登区) or
# for provinces and cities at the start of a name, where they are unambiguous.
_LEVEL_SUFFIX = re.compile(
    r"(?:[\u4e00-\u9fff]{1,5}族)*(?:自治区|自治州|自治县|自治旗|特别行政区|地区|省|市|区|县|盟|旗|州)$"
)


@dataclass(frozen=True, slots=True)
class Division:
    code: str  # 6 digits
    name: str  # full name as listed (绵阳市)
    current: bool

    @property
    def level(self) -> str:
        """province / city / county, from the code's structure."""
        if self.code.endswith("0000"):
            return "province"
        if self.code.endswith("00"):
            return "city"
        return "county"

    @property
    def province_code(self) -> str:
        return self.code[:2] + "0000"

    @property
    def city_code(self) -> str:
        return self.code[:4] + "00"


class Gazetteer:
    """Lookup of full and short division names; built once from the data file."""

    def __init__(self, rows: list[tuple[str, str, bool]]) -> None:
        self.by_code: dict[str, Division] = {}
        self.by_name: dict[str, list[Division]] = {}
        self.by_short: dict[str, list[Division]] = {}
        for code, name, current in rows:
            division = Division(code, name, current)
            if current or code not in self.by_code:
                self.by_code[code] = division
            self.by_name.setdefault(name, []).append(division)
            short = _LEVEL_SUFFIX.sub("", name)
            if len(short) >= 2 and short != name:
                self.by_short.setdefault(short, []).append(division)
        # The lengths of the names that open with each two characters, longest
        # first: a match is tried at those lengths only (most positions have none).
        self._sizes = _sizes_by_opening(self.by_name)
        self._short_sizes = _sizes_by_opening(self.by_short)
        #: The first two characters of every full name (a set lookup tells
        #: where match_at finds none, without the call).
        self.openings = frozenset(self._sizes)

    def match_at(self, text: str, pos: int, *, short: bool = False) -> tuple[int, list[Division]]:
        """Longest division name starting at ``pos``: (length, candidates) or (0, [])."""
        table, sizes = (self.by_short, self._short_sizes) if short else (self.by_name, self._sizes)
        left = len(text) - pos
        for size in sizes.get(text[pos : pos + 2], ()):
            if size <= left:
                found = table.get(text[pos : pos + size])
                if found:
                    return size, found
        return 0, []

    def name_of(self, code: str) -> str | None:
        division = self.by_code.get(code)
        return division.name if division else None


def _sizes_by_opening(table: dict[str, list[Division]]) -> dict[str, tuple[int, ...]]:
    sizes: dict[str, set[int]] = {}
    for name in table:
        if len(name) >= 2:
            sizes.setdefault(name[:2], set()).add(len(name))
    return {k: tuple(sorted(v, reverse=True)) for k, v in sizes.items()}


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    raw = resources.files("govinfo_nlp").joinpath("data/divisions.tsv").read_text("utf-8")
    rows = []
    for line in raw.splitlines():
        if not line or line.startswith("#") or line.startswith("code\t"):
            continue
        code, name, status = line.split("\t")
        rows.append((code, name, status == "current"))
    return Gazetteer(rows)
