"""The run of division names that opens an agency's name (杭州市余杭区…), resolved to the
gazetteer's codes: an ambiguous name is resolved by its parent or the page's areas, else the
run stops before it."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..gazetteer import Division, gazetteer
from .words import _words

# A proper area name inside an agency's name (洪江区交通运输局, 苏银产业园管理委员会):
# the name is complete even when the gazetteer does not list the area. 城市,
# 城乡 and 乡村 are words, not areas; an area word followed by a county's or
# city's word ends no area (海州区, 沙市区, 东乡县, 景德镇市; 镇市场监管所 is the
# township's).
_AREA_GOES_ON = r"(?![县区州旗]|市(?!场))"


_TOWN_END = rf"(?:镇|(?<!城)乡(?!村|镇)){_AREA_GOES_ON}"


# The province and city codes of a document's division names, worked out when called.
_Context = Callable[[], frozenset[str]]


def _chain(name: str, context: _Context = frozenset) -> tuple[int, list[tuple[Division, str]]]:
    """The run of division names that opens ``name`` (杭州市余杭区…), resolved to codes.

    Returns the length of the run and the divisions with the text that named
    them, outermost first; an
    ambiguous name (鼓楼区 is in four cities) is resolved by its parent in the
    run or by the province/city codes ``context()`` gives, else the run stops
    before it (its code is not certain).
    """
    gaz = gazetteer()
    pos = 0
    chosen: list[tuple[Division, str]] = []
    while pos < len(name):
        # A short form names a county under a named parent (威海市文登 → 文登区), or a
        # province or city opening the name (兰州新区).
        wanted = ("county",) if chosen else ("province", "city")
        size, found = gaz.match_at(name, pos)
        if size and name.startswith("市场", pos + size - 1):
            # 宁波市奉化市场监督管理局: the 市 opens 市场 (market regulation), so the name is
            # the short form 奉化 (奉化区), not the former 奉化市; where no short form
            # is read there, the full name is the same place.
            short, alt = gaz.match_at(name[: pos + size - 1], pos, short=True)
            alt = [d for d in alt if d.level in wanted]
            if short == size - 1 and alt:
                size, found = short, alt
        if not size:
            size, found = gaz.match_at(name, pos, short=True)
            if not chosen and _seat_shares(found):
                break  # 和田民政局: 和田地区's, or its seat 和田市's (panel22 report_055)
            others = [d for d in found if d.level not in wanted]
            found = [d for d in found if d.level in wanted]
            if not chosen and _shared_short(name[pos : pos + size], found, others, context):
                break
            if name[pos + size : pos + size + 1] in _words().short_form_blockers:
                break  # 荆州市公安局: 公安 opens the bureau's name here, not 公安县
            if size and _NAMED_AFTER.match(name, pos + size):
                # 河南街道, 山东路街道, 江宁街道: a street, township or community named
                # after a place (of 延吉市, 青岛市, ...); the short form is its name's,
                # and names no division of its own.
                break
        if not size:
            break
        if chosen:
            parent = chosen[-1][0].code
            prefix = parent[:2] if parent.endswith("0000") else parent[:4]
            found = [d for d in found if d.code.startswith(prefix) and d.code != parent]
        if len(found) > 1:
            # 北京市 is listed as the province and as its own city: the province.
            provinces = {d.code for d in found if d.level == "province"}
            found = [d for d in found if d.level == "province" or d.province_code not in provinces]
        if not chosen and len({d.code for d in found}) > 1 and (near := context()):
            found = [d for d in found if d.province_code in near or d.city_code in near]
        found = _one_place(found)
        codes = {d.code for d in found}
        if len(codes) != 1:
            break
        current = [d for d in found if d.current] or found
        chosen.append((current[0], name[pos : pos + size]))
        pos += size
    return pos, chosen


def _shared_short(
    short: str, found: list[Division], others: list[Division], context: _Context
) -> bool:
    """Whether a short form opening a name (朝阳 of 朝阳税务局) that names a city
    (``found``: 辽宁省朝阳市) is as well the plain name of a municipality's district outside
    it (``others``: 北京市朝阳区), and the page's areas (``context``) do not say the city's:
    which area is not certain (the city was taken: meta25's note, red25 e01, e02 against
    its 北京市朝阳区 contact line). A municipality's districts are named alone, as cities
    are (朝阳税务局, 海淀法院); another city's district rarely is (西安 is 西安市, not
    辽源市西安区: panel23 joins 西安经开区 to 西安经济技术开发区), so only those count. A
    county inside the city (朝阳县) leaves it the city's; a province's short name (河南,
    海南) is the province's, as before."""
    if not found or any(d.level == "province" for d in found):
        return False
    gaz = gazetteer()
    apart = [
        o
        for o in others
        if o.current
        and o.name[:-1] == short
        and (gaz.name_of(o.province_code) or "").endswith("市")
        and not any(_related(o, d) for d in found)
    ]
    if not apart:
        return False
    near = context()
    if not near:
        return True

    def named(d: Division) -> bool:
        return d.province_code in near or d.city_code in near

    return not any(named(d) for d in found) or any(named(o) for o in apart)


def _related(a: Division, b: Division) -> bool:
    """Whether one of two divisions is the other or lies inside it."""
    if a.code == b.code:
        return True
    rank = {"province": 0, "city": 1, "county": 2}
    if rank[a.level] == rank[b.level]:
        return False
    outer, inner = (a, b) if rank[a.level] < rank[b.level] else (b, a)
    return inner.code.startswith(outer.code[:2] if outer.level == "province" else outer.code[:4])


def _seat_shares(found: list[Division]) -> bool:
    """Whether a short form names a prefecture and a county-level city inside it alike
    (和田: 和田地区 and its seat 和田市; 恩施: 恩施州 and 恩施市): a name opening with it
    (和田民政局) is either's, so the run stops there (panel22 report_055 was placed in
    和田地区, a guess)."""
    cities = {d.code[:4] for d in found if d.level == "city"}
    return any(
        d.level == "county" and d.name.endswith("市") and d.code[:4] in cities for d in found
    )


# What follows a division's short form where the short form is another body's own name:
# a street, township or community (河南街道, 北京路街道, 江西社区), not the division. A
# road's name may hold a direction before 路 (上海 黄浦区's 南京东路街道, meta23 x10: read
# as 南京市's street).
_NAMED_AFTER = re.compile(rf"(?:[东西南北中]?(?:[路街]|大街|大道))?(?:街道|{_TOWN_END}|苏木|社区)")


def _one_place(found: list[Division]) -> list[Division]:
    """The current division where the others are its former names or codes: one
    current division, and every former one of its city (余江 is 余江县 before 2018
    and 余江区 since) or of a prefecture since dissolved (聂荣县 of 那曲地区 is
    那曲市's); 桥东区 of two cities stays ambiguous."""
    current = [d for d in found if d.current]
    if len(found) < 2 or len({d.code for d in current}) != 1:
        return found
    gaz = gazetteer()

    def city(d: Division) -> str:
        # A municipality lists its districts and counties under two city codes
        # (500100, 500200 重庆市): there the municipality is the one city.
        same = gaz.name_of(d.city_code) == gaz.name_of(d.province_code)
        return d.province_code if same else d.city_code

    here = city(current[0])
    for d in found:
        parent = gaz.by_code.get(d.city_code)
        if city(d) != here and parent is not None and parent.current:
            return found
    return current
