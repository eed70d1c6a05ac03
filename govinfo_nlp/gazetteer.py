"""China's administrative divisions (province, city, county): names → area codes.

The list is ``data/divisions.tsv`` (its header says where it comes from, its
licence and how current it is). Metadata uses it to read the area prefix of
an agency's name (杭州市余杭区卫生健康局 → 浙江省 / 杭州市 / 余杭区, 330110) and
so its level; a name the list does not hold is left to the caller, never
guessed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .datafiles import load_json, read_text

__all__ = ["Division", "Gazetteer", "gazetteer"]

# The level word a short form drops (绵阳市 → 绵阳, 浦东新区 → 浦东; 清新区 → 清新).
# Short forms are only used after a full parent name (威海市文登 → 文登区) or
# for provinces and cities at the start of a name, where they are unambiguous.
_LEVEL_SUFFIX = re.compile(r"(?:(?<=..)新区|特别行政区|地区|省|市|区|县|盟|旗|州)$")
# An autonomous division: place name, the groups it is autonomous for, 自治 and
# its level (海西蒙古族藏族自治州); see data/divisions_short.json.
_AUTONOMOUS = re.compile(r"(?P<rest>.+)自治(?P<word>区|州|县|旗)")


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
    """Lookup of full and short division names; built once from the data file.

    ``groups``: the ethnic group names an autonomous division's short forms
    drop; ``customary``: short forms the rule cannot derive → full names (both
    from data/divisions_short.json).
    """

    def __init__(
        self,
        rows: list[tuple[str, str, bool]],
        groups: Sequence[str] = (),
        customary: Mapping[str, str] | None = None,
    ) -> None:
        self.by_code: dict[str, Division] = {}
        self.by_name: dict[str, list[Division]] = {}
        self.by_short: dict[str, list[Division]] = {}
        #: Customary forms (海西州, 长阳县) → the division; they are in by_name too.
        self.customary: dict[str, Division] = {}
        autonomous: list[Division] = []
        for code, name, current in rows:
            division = Division(code, name, current)
            if current or code not in self.by_code:
                self.by_code[code] = division
            self.by_name.setdefault(name, []).append(division)
            if _AUTONOMOUS.fullmatch(name):
                autonomous.append(division)
                continue
            short = _LEVEL_SUFFIX.sub("", name)
            if len(short) >= 2 and short != name:
                self.by_short.setdefault(short, []).append(division)
        self._add_short_forms(autonomous, groups, customary or {})
        # The lengths of the names that open with each two characters, longest
        # first: a match is tried at those lengths only (most positions have none).
        self._sizes = _sizes_by_opening(self.by_name)
        self._short_sizes = _sizes_by_opening(self.by_short)
        #: The first two characters of every full name (a set lookup tells
        #: where match_at finds none, without the call).
        self.openings = frozenset(self._sizes)

    def _add_short_forms(
        self, autonomous: list[Division], groups: Sequence[str], customary: Mapping[str, str]
    ) -> None:
        """An autonomous division's place name (海西, a short form) and customary form
        (海西州, a full name), each only where no other division answers to it."""
        tails = sorted(
            {g + "族" for g in groups} | {g for g in groups if len(g) > 1},
            key=len,
            reverse=True,
        )
        forms: dict[str, dict[str, Division]] = {}  # form → code → division
        full: set[str] = set()  # the forms with their level word (full names)
        for division in autonomous:
            m = _AUTONOMOUS.fullmatch(division.name)
            assert m is not None
            place = _place_name(m["rest"], tails)
            forms.setdefault(place, {}).setdefault(division.code, division)
            if m["word"] != "区":  # 广西 is the region's customary name itself
                forms.setdefault(place + m["word"], {}).setdefault(division.code, division)
                full.add(place + m["word"])
        for form, name in customary.items():
            for division in self.by_name.get(name, []):
                forms.setdefault(form, {}).setdefault(division.code, division)
                full.add(form)
        for form, found in forms.items():
            if len(found) != 1 or len(form) < 2:
                continue
            (division,) = found.values()
            others = [
                d
                for d in self.by_name.get(form, []) + self.by_short.get(form, [])
                if d.code != division.code
            ]
            if form not in full and division.level == "county":
                # A county's place name is read only after its city (红河州金平): only
                # another county of that city could answer to it.
                others = [
                    d for d in others if d.level == "county" and d.city_code == division.city_code
                ]
            if any(d.current for d in others):
                continue  # another division answers to it: the form would be ambiguous
            # Beside a former name (东乡县, Jiangxi's until 2016) the form is listed
            # too: it is then resolved only by its parent or the document's areas.
            if form in full:
                self.by_name.setdefault(form, []).append(division)
                self.customary[form] = division
            else:
                self.by_short.setdefault(form, []).append(division)

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

    def county_of_many(self, name: str) -> bool:
        """Whether ``name`` is the full name of several current counties and of nothing
        else (鼓楼区; not 东乡县, a former county's name and another's customary one)."""
        found = self.by_name.get(name, [])
        return len({d.code for d in found}) > 1 and all(
            d.level == "county" and d.current and d.name == name for d in found
        )

    def name_of(self, code: str) -> str | None:
        division = self.by_code.get(code)
        return division.name if division else None


def _place_name(rest: str, tails: Sequence[str]) -> str:
    """An autonomous division's place name: ``rest`` (its name before 自治) without the
    ethnic groups at its end, keeping at least two characters (东乡族 → 东乡)."""
    while tail := next((t for t in tails if rest.endswith(t) and len(rest) - len(t) >= 2), ""):
        rest = rest[: -len(tail)]
    return rest[:-1] if rest.endswith("族") and len(rest) > 2 else rest


def _sizes_by_opening(table: dict[str, list[Division]]) -> dict[str, tuple[int, ...]]:
    sizes: dict[str, set[int]] = {}
    for name in table:
        if len(name) >= 2:
            sizes.setdefault(name[:2], set()).add(len(name))
    return {k: tuple(sorted(v, reverse=True)) for k, v in sizes.items()}


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    rows = []
    for line in read_text("data/divisions.tsv").splitlines():
        if not line or line.startswith("#") or line.startswith("code\t"):
            continue
        code, name, status = line.split("\t")
        rows.append((code, name, status == "current"))
    short = load_json("data/divisions_short.json")
    groups = [*short["ethnic_groups"]["names"], short["ethnic_groups"]["all"]]
    return Gazetteer(rows, groups, short["customary"]["forms"])
