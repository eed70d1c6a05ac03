"""Agency names generated from the gazetteer, with the region, level and kind they imply.

A random division (province, city or county of ``govinfo_nlp/data/divisions.tsv``)
× a department word × a form reports use: the division's full name, with or
without its province and city before it, a county's name cut short under
its city (威海市文登), an autonomous division's customary short form
(海西州, 长阳县), a city bureau's district branch (佛山市公安局禅城分局), each
in Simplified or Traditional script. The truth is computed here from the
gazetteer's rows, independently of the library's look-up: the division the
name belongs to, its level, its kind, and whether the written name fits that
division alone (鼓楼区 written without its city fits four: then no region
is right, any other region wrong).

Built by us (the metadata developers) to find classes of failure; a set we
looked at while fixing them, not held-out evidence.
"""

from __future__ import annotations

import json
import random
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["AgencyName", "Outcome", "agency_names", "judge"]

# Department words by the level of the division; 人民政府 and its office are
# the kind "government". Branch words that imply a central parent (税务局,
# 调查队) are left out: their names follow other rules.
_DEPARTMENTS = {
    "province": ("财政厅", "教育厅", "民政厅", "生态环境厅", "交通运输厅", "审计厅", "统计局"),
    "other": (
        "财政局",
        "教育局",
        "民政局",
        "生态环境局",
        "卫生健康委员会",
        "市场监督管理局",
        "自然资源和规划局",
        "住房和城乡建设局",
        "农业农村局",
        "文化和旅游局",
        "应急管理局",
        "医疗保障局",
        "司法局",
        "统计局",
        "发展和改革委员会",
    ),
}
_GOVERNMENT = ("人民政府", "人民政府办公室")
# City bureaus whose district branches are named <city><bureau><district>分局.
_BRANCHING = ("公安局", "自然资源和规划局", "生态环境局", "市场监督管理局")
_SUFFIX = re.compile(r"(?:(?<=..)新区|特别行政区|地区|省|市|区|县|盟|旗|州)$")


@dataclass(frozen=True, slots=True)
class _Division:
    code: str
    name: str
    level: str


@dataclass(frozen=True, slots=True)
class AgencyName:
    written: str  # the name as a report writes it
    form: str  # how it was written (full, with-city, customary, branch, …; +traditional)
    code: str  # the division it belongs to
    level: str
    kind: str  # government / department
    unique: bool  # the written name fits this division only


@dataclass(frozen=True, slots=True)
class Outcome:
    region: str  # right / partial (an area above the true one) / null / wrong
    level: str  # right / null / wrong
    kind: str  # right / wrong


@lru_cache(maxsize=1)
def _divisions() -> tuple[list[_Division], dict[str, list[_Division]]]:
    raw = resources.files("govinfo_nlp").joinpath("data/divisions.tsv").read_text("utf-8")
    current: list[_Division] = []
    named: dict[str, list[_Division]] = defaultdict(list)
    for line in raw.splitlines():
        if not line or line.startswith(("#", "code\t")):
            continue
        code, name, status = line.split("\t")
        level = "province" if code.endswith("0000") else "city" if code.endswith("00") else "county"
        division = _Division(code, name, level)
        named[name].append(division)
        if status == "current":
            current.append(division)
    return current, named


@lru_cache(maxsize=1)
def _autonomy() -> re.Pattern[str]:
    """``place`` + ethnic groups + 自治 + level word, by our own reading of the data list."""
    data = json.loads(
        resources.files("govinfo_nlp").joinpath("data/divisions_short.json").read_text("utf-8")
    )
    groups = data["ethnic_groups"]
    long = "|".join(n for n in groups["names"] if len(n) > 1)
    short = "|".join(n for n in groups["names"] if len(n) == 1)
    group = rf"(?:(?:{long})族?|(?:{short})族|{groups['all']}族)"
    return re.compile(rf"(?P<place>.{{2,}}?)(?:{group})*自治(?P<word>州|县|旗)")


def _customary(d: _Division) -> str | None:
    m = _autonomy().fullmatch(d.name)
    # 鄂温克族自治旗, 东乡族自治县: the place is named after its group (鄂温克旗).
    return m["place"].removesuffix("族") + m["word"] if m else None


@lru_cache(maxsize=1)
def _taken() -> dict[str, set[str]]:
    """Every string that names a division (full names, customary and cut-short forms) →
    the codes it names."""
    current, named = _divisions()
    taken: dict[str, set[str]] = defaultdict(set)
    for name, divisions in named.items():
        taken[name].update(d.code for d in divisions)
        short = _SUFFIX.sub("", name)
        if len(short) >= 2 and short != name:
            taken[short].update(d.code for d in divisions)
    for d in current:
        form = _customary(d)
        if form:
            taken[form].add(d.code)
            taken[form[:-1]].add(d.code)
    return taken


@lru_cache(maxsize=1)
def _by_code() -> dict[tuple[str, str], _Division]:
    current, _ = _divisions()
    return {(d.code, d.level): d for d in current}


def _up(d: _Division, level: str) -> _Division | None:
    code = d.code[:2] + "0000" if level == "province" else d.code[:4] + "00"
    return _by_code().get((code, level))


def _unique(written_place: str, code: str) -> bool:
    return _taken().get(written_place, set()) <= {code}


def _forms(d: _Division) -> Iterator[tuple[str, str, str, bool]]:
    """(form, place as written, the level it implies, unique) for division ``d``."""
    province = _up(d, "province")
    city = _up(d, "city") if d.level == "county" else None
    # A municipality's districts sit under the province's own name (北京市海淀区).
    above = city.name if city and city.name != (province.name if province else "") else ""
    named = _divisions()[1]
    yield "full", d.name, d.level, _unique(d.name, d.code)
    if d.level == "county" and above:
        yield "with-city", above + d.name, d.level, True
        short = _short(d)
        if len(short) >= 2 and short not in named and d.name.endswith(("区", "县", "市")):
            # 威海市文登: the county's level word dropped after its city.
            yield "with-city-short", above + short, d.level, _fits_once_under(short, city)
    if d.level != "province" and province and province.name not in (d.name, above):
        yield "with-province", province.name + above + d.name, d.level, True
        if above:
            # 湖北省长阳土家族自治县: the city skipped.
            yield "province-county", province.name + d.name, d.level, _fits_once_in(d, province)
    form = _customary(d)
    if form:
        yield "customary", form, d.level, _unique(form, d.code)
        if above:
            yield "customary-with-city", above + form, d.level, True
    if city and (customary_city := _customary(city)):
        yield "under-customary-city", customary_city + d.name, d.level, True


def _short(d: _Division) -> str:
    """The place name without its level word (an autonomous one without its groups too)."""
    form = _customary(d)
    return form[:-1] if form else _SUFFIX.sub("", d.name)


def _fits_once_in(d: _Division, province: _Division) -> bool:
    """No other division of the province, current or former, bears ``d``'s name."""
    same = {x.code for x in _divisions()[1][d.name] if x.code[:2] == province.code[:2]}
    return same == {d.code}


def _fits_once_under(short: str, city: _Division | None) -> bool:
    if city is None:
        return False
    prefix = city.code[:4]
    current, _ = _divisions()
    under = [
        d
        for d in current
        if d.level == "county" and d.code.startswith(prefix) and _short(d) == short
    ]
    return len(under) == 1


def _branch(d: _Division, rng: random.Random) -> AgencyName | None:
    """<city><bureau><district>分局 for a district of a city (not a county-level city)."""
    city = _up(d, "city")
    if d.level != "county" or not d.name.endswith("区") or city is None:
        return None
    province = _up(d, "province")
    above = city.name if province is None or city.name != province.name else province.name
    short = _short(d)
    # 赣县 is 赣县区's short form and a former county's full name: which one a
    # report means is not ours to say, so that short form is not generated.
    cut = len(short) >= 2 and short not in _divisions()[1]
    place = short if cut and rng.random() < 0.5 else d.name
    unique = place == d.name or _fits_once_under(short, city)
    written = above + rng.choice(_BRANCHING) + place + "分局"
    return AgencyName(written, "branch", d.code, "county", "department", unique)


def agency_names(seed: int = 0, n: int = 1000) -> Iterator[AgencyName]:
    """``n`` names, a pure function of ``seed``."""
    from .synthetic.generator import to_traditional

    rng = random.Random(seed)
    # A municipality is listed twice (110000 and 110100 北京市): its name is the province's.
    current = [
        d for d in _divisions()[0] if not (d.level == "city" and d.name == _province_name(d))
    ]
    autonomous = [d for d in current if _customary(d) or _customary_of(d)]
    made = 0
    while made < n:
        # One draw in four from the autonomous divisions (and the counties under
        # them): few in the list, many in reports of the west.
        d = rng.choice(autonomous if rng.random() < 0.25 else current)
        if rng.random() < 0.15 and (branch := _branch(d, rng)) is not None:
            name = branch
        else:
            form, place, level, unique = rng.choice(list(_forms(d)))
            # (no people's government runs a zone the gazetteer lists as a county, 苏州工业园区:
            # data/agency.json zones.divisions; the library reads 苏州工业园区人民政府 as no
            # government, docs/schema.md §1, and a seed drawing one failed the region test)
            if rng.random() < 0.3 and d.name not in _zone_divisions():
                word = rng.choice(_GOVERNMENT)
                if d.level == "province" and word.endswith("办公室"):
                    word = "人民政府办公厅"
                kind = "government"
            else:
                words = _DEPARTMENTS["province" if d.level == "province" else "other"]
                word, kind = rng.choice(words), "department"
            if form == "with-city-short" and word.startswith("市"):
                unique = False  # 邵阳市邵阳市场监督管理局: 邵阳市 + 场…, or 邵阳 + 市场…
            name = AgencyName(place + word, form, d.code, level, kind, unique)
        if rng.random() < 0.2:
            name = AgencyName(
                to_traditional(name.written),
                name.form + "+traditional",
                name.code,
                name.level,
                name.kind,
                name.unique,
            )
        made += 1
        yield name


def _zone_divisions() -> frozenset[str]:
    from govinfo_nlp.agency.words import _words

    return _words().zone_divisions


def _province_name(d: _Division) -> str | None:
    province = _up(d, "province")
    return province.name if province else None


def _customary_of(d: _Division) -> bool:
    city = _up(d, "city")
    return city is not None and _customary(city) is not None


def judge(name: AgencyName) -> Outcome:
    """Read ``name`` as the title of a report and compare with the truth."""
    from govinfo_nlp.metadata import read_metadata
    from govinfo_nlp.normalize import normalize

    md, _ = read_metadata(normalize(name.written + "2022年政府信息公开工作年度报告").text)
    code = md.region.code if md.region else None
    ancestors = {name.code[:2] + "0000", name.code[:4] + "00"} - {name.code}
    if code is None:
        region = "null"
    elif code == name.code and name.unique:
        region = "right"
    elif code in ancestors or (code == name.code and not name.unique):
        # A region above the true one, or the true one where the name does not
        # establish it (a lucky guess counts as partial, not right).
        region = "partial"
    else:
        region = "wrong"
    level = "null" if md.level is None else "right" if md.level == name.level else "wrong"
    return Outcome(region, level, "right" if md.kind == name.kind else "wrong")
