"""Agency identity across years: which reports are the same agency's.

A report's metadata names its agency in whatever form the document used:
市卫健委 one year, 绵阳市卫生健康委员会 the next. :func:`resolve` reads each
name as an *area* (the chain of place names: 四川省 › 绵阳市) and a *body*
(卫生健康委员会), completes the area from ``metadata.region`` where the name
only says 市 or 区, and joins reports whose area and body agree. Every
identity says on what evidence it was joined.

A wrong join is worse than a missed one, so a report is joined only on
evidence that cannot fit another agency of the corpus:

* the same area and the same body after the regular rewrites of
  ``data/identity.json`` (政府办 → 人民政府办公室, 卫健委 → 卫健委员会) and
  its alias table;
* an area that is a part of exactly one fuller area with the same body
  (涪城区 › 绵阳市涪城区 when no other 涪城区 exists);
* an abbreviation (卫健委员会 of 卫生健康委员会, 人社局 of 人力资源和社会保障局:
  same first and last character, the short form's characters in order)
  when it fits exactly one fuller body of the same area and the two forms
  never occur in the same year.

A name written with a place's stem only (绵阳卫健委) takes the one place of
the corpus with that stem; a name with no area that another report of the
corpus, under the very same name, places as national (水利部 whose level one
year's metadata did not read) is national too. A name whose area cannot be established (市卫健委
with no region), or that fits two agencies (鼓楼区… beside 南京市鼓楼区… and
福州市鼓楼区…; or two different reports of one year under a name lacking part
of its area), or that names a district several cities have without its city
(鼓楼区人社局, even where the corpus holds one fuller 鼓楼区: it may be another
city's), or a township or street without its county (城关镇人民政府: hundreds of counties
have one, and the gazetteer lists no townships) is left unresolved: a report of its own,
never joined. A
university's full name (兰州大学) with no area of its own is unique nationwide
(the Ministry of Education approves it): it is its own key (area 高校, level
null), joined only to the very same name, whatever area is written before it
(甘肃省兰州大学) or in the region (兰州 of 兰州大学 is no 兰州市); a school or 学院
without an area (第一中学, 城市学院) is not unique and stays unresolved. A school
or college named with its place (兰州文理学院) is keyed by where it is, with no
level (who runs it is not in its name), and never joins another school's name
as its short form.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Final

from .datafiles import load_json
from .gazetteer import gazetteer
from .metadata import reads_as_agency

__all__ = [
    "Identity",
    "NameCache",
    "NameReading",
    "clean_name",
    "identities",
    "is_abbreviation",
    "read_name",
    "resolve",
]

LEVELS: Final = ("national", "province", "city", "county", "township", "street")
_NATIONAL_AREA: Final = "中央"
#: The area of a university named with no place of its own: its name is unique nationwide.
_UNIVERSITY_AREA: Final = "高校"
_MAX_PLACE: Final = 14  # longest place name read, with its suffix (克孜勒苏柯尔克孜自治州)
#: Longer "names" are not an agency's (a hostile row): only their start is read.
_MAX_NAME: Final = 200
_NOISE = re.compile(r"[\s\u3000·・,，、。.《》“”\"'\-—_:：;；|/]+")
_BRACKETED = re.compile(r"[(（\[【][^()（）\[\]【】]*[)）\]】]")


@dataclass(frozen=True)
class _Grammar:
    suffix_level: dict[str, str]
    suffixes: tuple[str, ...]  # longest first
    suffix_ends: frozenset[str]  # their last characters
    short_suffixes: frozenset[str]
    not_place: tuple[str, ...]
    organ_chars: frozenset[str]
    levels: dict[str, str]
    level_blockers: tuple[str, ...]
    after_level: tuple[str, ...]
    region_keys: tuple[tuple[str, str], ...]
    national: tuple[str, ...]
    aliases: dict[str, str]
    rewrites: tuple[tuple[re.Pattern[str], str], ...]
    compound: tuple[str, ...]
    complete: frozenset[str]
    short_kinds: dict[str, str]
    generic_zones: frozenset[str]
    zone_short_forms: dict[str, str]
    zones_one_per_city: frozenset[str]
    government: frozenset[str]
    university_ending: str
    university_kinds: tuple[str, ...]  # longest first
    university_determiners: tuple[str, ...]
    central_ministries: tuple[str, ...]  # longest first
    central_bodies: frozenset[str]
    schools: tuple[str, ...]
    not_schools: tuple[str, ...]


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    data = load_json("data/identity.json")
    suffixes = [s for s, _ in data["place_suffixes"]]
    return _Grammar(
        suffix_level=dict(map(tuple, data["place_suffixes"])),
        suffixes=tuple(sorted(suffixes, key=len, reverse=True)),
        suffix_ends=frozenset(x[-1] for x in suffixes),
        short_suffixes=frozenset(data["short_place_suffixes"]),
        not_place=tuple(data["not_place"]),
        organ_chars=frozenset(data["organ_chars"]),
        levels=dict(data["levels"]),
        level_blockers=tuple(data["level_blockers"]),
        after_level=tuple(data["bodies_after_level"]),
        region_keys=tuple(map(tuple, data["region_keys"])),
        national=tuple(data["national"]),
        aliases=dict(data["aliases"]),
        rewrites=tuple((re.compile(p), r) for p, r in data["rewrites"]),
        compound=tuple(data["compound"]),
        complete=frozenset(data["complete_bodies"]),
        short_kinds=dict(data["short_form_kinds"]),
        generic_zones=frozenset(data["generic_zones"]),
        zone_short_forms=dict(data["zone_short_forms"]),
        zones_one_per_city=frozenset(data["zones_one_per_city"]),
        government=frozenset(data["government"]),
        university_ending=data["university"]["ending"],
        university_kinds=tuple(sorted(data["university"]["kinds"], key=len, reverse=True)),
        university_determiners=tuple(data["university"]["determiners"]),
        central_ministries=tuple(
            sorted(data["central_bodies"]["ministries"], key=len, reverse=True)
        ),
        central_bodies=frozenset(data["central_bodies"]["bodies"]),
        schools=tuple(data["schools"]["endings"]),
        not_schools=tuple(data["schools"]["not"]),
    )


def clean_name(name: str) -> str:
    """Simplified script, no width, spacing, punctuation or bracketed notes.

    >>> clean_name(" 泰州市人民政府辦公室（泰州市外事辦） ")
    '泰州市人民政府办公室'
    """
    text = unicodedata.normalize("NFKC", name[:_MAX_NAME])
    from .normalize import normalize_text

    text = normalize_text(text, traditional=True)
    previous = None
    while previous != text:  # nested brackets, innermost first
        previous, text = text, _BRACKETED.sub("", text)
    # NFKC again: removing a space can leave a combining mark next to its letter.
    return unicodedata.normalize("NFKC", _NOISE.sub("", text))


#: How many names (and places) a :class:`NameCache` holds before it starts again: a
#: corpus repeats a few thousand names (10,000 panel rows hold ~3,000); a hostile stream
#: of distinct names must not grow it without bound.
_CACHE_LIMIT: Final = 65536


class _Memo(dict[str, str]):
    """A bounded memo of one function of a string: a hit is a plain dict look-up (no
    Python call; ``__missing__`` runs on a miss only), a miss computes and remembers, and
    the memo starts again once it holds ``limit`` entries."""

    __slots__ = ("_limit", "_make")

    def __init__(self, make: Callable[[str], str], limit: int) -> None:
        super().__init__()
        self._make = make
        self._limit = limit

    def __missing__(self, key: str) -> str:
        if len(self) >= self._limit:
            self.clear()
        found = self[key] = self._make(key)
        return found


class NameCache:
    """The names and places identity has read, remembered: a corpus repeats its names, and
    cleaning one (:func:`clean_name`: script, width, brackets) is a fifth of joining 10,000
    rows. An :class:`~govinfo_nlp.engine.Engine` owns one (``Engine.names``), as it owns its
    other built parts; the functions here take one (``names=``) and use the default
    engine's without it. Module state it is not: two engines remember apart, and dropping
    an engine drops what it remembered. Each table starts again past ``limit`` entries."""

    __slots__ = ("_clean", "_levels")

    def __init__(self, limit: int = _CACHE_LIMIT) -> None:
        self._clean = _Memo(clean_name, limit)
        self._levels = _Memo(_place_level, limit)

    def clean(self, name: str) -> str:
        """:func:`clean_name` of ``name``."""
        return self._clean[name]

    def level(self, place: str) -> str:
        """The level a place's suffix says (市 → city; a place of no known kind: itself)."""
        return self._levels[place]

    def __len__(self) -> int:
        return len(self._clean) + len(self._levels)


def _default_names() -> NameCache:
    """The default engine's :class:`NameCache` (what the module-level functions use)."""
    from .engine import default_engine

    return default_engine().names


# --- one name --------------------------------------------------------------------


@dataclass(frozen=True)
class NameReading:
    """One agency name read as area + body, with how each part was established."""

    area: tuple[str, ...] | None  # widest first; None when it cannot be established
    body: str
    level: str | None
    kind: str | None
    evidence: tuple[str, ...]
    shared: str = ""  # 祁东 when 祁东市场监督管理局 was read as 祁东市 + 市场监督管理局
    #: False when the name holds no place, level word, central prefix nor university name
    #: (水利局, 城市学院): any area it gets comes from the report's metadata or the corpus.
    states_area: bool = True
    #: The place name written without its suffix that the area was read from (吉林 of
    #: 吉林统计局, taken as the region's 吉林省); empty when every place was written whole.
    stem: str = ""


def _region_places(region: Any, g: _Grammar, names: NameCache) -> list[tuple[str, str]]:
    """(level, clean name) of metadata.region, widest first; a string is read as a name."""
    if isinstance(region, str):
        places, _ = _leading_places(names.clean(region), g)
        return places
    if not isinstance(region, Mapping):
        return []
    out: list[tuple[str, str]] = []
    for key, level in g.region_keys:
        value = region.get(key)
        if isinstance(value, str) and names.clean(value):
            name = names.clean(value)
            if all(name != seen for _, seen in out):
                out.append((level, name))
    return out


def _region_up_to(regional: list[tuple[str, str]], level: str) -> tuple[str, ...] | None:
    """The region's places down to the one of ``level``; None when it names none."""
    for i, (lv, _) in enumerate(regional):
        if lv == level:
            return tuple(nm for _, nm in regional[: i + 1])
    return None


def _stem(place: str, g: _Grammar) -> str:
    for suffix in g.suffixes:
        if place.endswith(suffix) and len(place) > len(suffix) + 1:
            return place[: -len(suffix)]
    return place


def _is_place(stem: str, suffix: str, g: _Grammar) -> bool:
    if len(stem) < (1 if suffix in g.short_suffixes else 2):
        return False
    if any(ch in g.organ_chars for ch in stem):
        return False
    return not any(word in stem + suffix for word in g.not_place)


def _leading_places(text: str, g: _Grammar) -> tuple[list[tuple[str, str]], str]:
    """Place names at the start of ``text`` ((level, name), widest first) and the rest.

    Each place is the shortest prefix that ends in a place suffix and whose
    stem can be a place name; something must remain after it for the body.
    """
    places: list[tuple[str, str]] = []
    suffixes = g.suffixes
    while True:
        found = None
        for end in range(2, min(len(text), _MAX_PLACE)):
            if text[end - 1] not in g.suffix_ends:
                continue
            found = next(
                (
                    s
                    for s in suffixes
                    if text.endswith(s, 0, end) and _is_place(text[: end - len(s)], s, g)
                ),
                None,
            )
            if found:
                level = g.suffix_level[found]
                wider = g.suffix_level.get(text[end : end + 1])
                if (
                    wider
                    and level == "township"  # 镇, 乡: a bare 区/市 after a district is a body's
                    and LEVELS.index(wider) < LEVELS.index(level)
                    and len(text) > end + 1
                    and not _level_word_of_body(text[end:], g)
                ):
                    # 景德镇市: a city whose name ends in a township suffix.
                    end, level = end + 1, wider
                places.append((level, text[:end]))
                text = _shared_suffix(text[:end], text[end:], g)
                break
        if found is None:
            return places, text


def _level_word_of_body(text: str, g: _Grammar) -> bool:
    """Whether ``text`` opens with a body whose first character is a level word (市场监督
    管理局, 市民服务中心), not with a level word before a body (市民政局: 市 + 民政局)."""
    return text.startswith(g.level_blockers) and not text.startswith(g.after_level, 1)


def _shared_suffix(place: str, rest: str, g: _Grammar) -> str:
    """The body after ``place``: 潍坊市场监督管理局 is 潍坊市 + 市场监督管理局, the 市
    written once for both."""
    if place[-1:] + rest != rest and _level_word_of_body(place[-1:] + rest, g):
        return place[-1] + rest
    return rest


def _strip_region(text: str, region: list[tuple[str, str]], g: _Grammar) -> tuple[list, str, str]:
    """Region names (or their stems: 绵阳 for 绵阳市) at the start of the name, the rest,
    and the first stem taken for a name ("" when none)."""
    taken: list[tuple[str, str]] = []
    stem = ""
    for level, name in region:
        for form in (name, _stem(name, g)):
            if form != name and text.startswith(form):
                own = _leading_places(text, g)[0]
                if own and len(own[0][1]) > len(form) and own[0][1] != name:
                    continue  # 兰州新区 is its own area, not 兰州市 + 新区…
            if len(form) >= 2 and text.startswith(form) and len(text) > len(form):
                taken.append((level, name))
                stem = stem or (form if form != name else "")
                text = _shared_suffix(form, text[len(form) :], g)
                break
    return taken, text, stem


def _body(text: str, g: _Grammar) -> tuple[str, list[str]]:
    evidence: list[str] = []
    if text in g.aliases:
        evidence.append(f"alias {text}={g.aliases[text]}")
        text = g.aliases[text]
    written = text
    for pattern, replacement in g.rewrites:
        text = pattern.sub(replacement, text)
    if text != written:
        evidence.append(f"rewrite {written}→{text}")
    return text, evidence


def _is_university(text: str, g: _Grammar) -> bool:
    """A full university name (兰州大学, 兰州理工大学), not a kind (理工大学, 老年大学) nor a
    short form (该大学); see data/identity.json."""
    if not text.endswith(g.university_ending):
        return False
    qualifier = text[: -len(g.university_ending)]
    while kind := next((k for k in g.university_kinds if qualifier.endswith(k)), ""):
        qualifier = qualifier[: -len(kind)]
    return len(qualifier) >= 2 and not qualifier.startswith(g.university_determiners)


def _central_body(text: str, g: _Grammar) -> str | None:
    """The central body ``text`` names, with or without its ministry before it (水利部太湖
    流域管理局 → 太湖流域管理局); None for any other name."""
    for ministry in g.central_ministries:
        if text.startswith(ministry):
            text = text[len(ministry) :]
            break
    return text if text in g.central_bodies else None


def _university_name(text: str, g: _Grammar) -> str | None:
    """The university's own name in ``text`` after the areas written before it (甘肃省兰州
    大学 → 兰州大学); None when ``text`` names no university. A township's name is kept:
    it is part of a university's (景德镇陶瓷大学), never the area running one."""
    if not _is_university(text, g):
        return None
    for level, place in _leading_places(text, g)[0]:
        rest = text[len(place) :]
        if level in ("township", "street") or not text.startswith(place):
            break
        if not _is_university(rest, g):
            break
        text = rest
    return text


def _city_unknown(area: tuple[str, ...], names: NameCache) -> bool:
    """An area down to a county whose name several cities' counties bear (鼓楼区,
    朝阳区, 通州区), with no city above it to tell which."""
    return all(names.level(p) != "city" for p in area) and gazetteer().county_of_many(area[-1])


def _township_unplaced(area: tuple[str, ...], names: NameCache) -> bool:
    """An area down to a township or street (城关镇, 宁海路街道) with no county above it,
    nor a city that has no counties (中山市, 东莞市): the gazetteer lists no townships, and
    their names repeat across counties (城关镇 is in hundreds), so the one fuller 城关镇 of a
    corpus may be another county's."""
    if names.level(area[-1]) not in ("township", "street"):
        return False
    above = [p for p in area[:-1] if names.level(p) in ("county", "city")]
    if any(names.level(p) == "county" or _county_level_city(p) for p in above):
        return False
    return not any(_city_without_counties(p) for p in above)


_BRANCH: Final = re.compile(r"(?P<organ>.+?)局(?P<place>.{2,9}?[区县旗])分局")


def _district_branch(reading: NameReading, names: NameCache) -> NameReading | None:
    """A city bureau's branch for one of its districts read as that district's branch
    (成都市 公安局武侯区分局 → 成都市武侯区 公安分局), the form its own reports also use
    (武侯区公安分局, panel21); None for any other reading. The district must be written
    whole (禅城分局 may be 禅城区's or a 禅城 station's)."""
    g = _grammar()
    m = _BRANCH.fullmatch(reading.body)
    area = reading.area
    if m is None or not area or names.level(area[-1]) != "city":
        return None
    place = m["place"]
    if not _is_place(place[:-1], place[-1], g) or place in area:
        return None
    body = m["organ"] + "分局"
    note = f"branch {reading.body} read as {place} {body}"
    return replace(reading, area=(*area, place), body=body, evidence=(*reading.evidence, note))


def _stem_places(reading: NameReading) -> tuple[str, ...]:
    """The places the stem a reading's area was taken from may be: the one taken (朝阳区
    from the region) and the provinces and cities of that name (朝阳市)."""
    g = _grammar()
    taken = {p for p in reading.area or () if p != reading.stem and _stem(p, g) == reading.stem}
    return tuple(sorted(taken | set(_divisions_named(reading.stem))))


def _divisions_named(stem: str) -> tuple[str, ...]:
    """The current provinces, cities and county-level cities a place name written without
    its suffix stands for (吉林: 吉林省 and 吉林市; 北京: 北京市 once; 和田: 和田地区 and
    和田市). Counties are left out: a county's name is written whole (长沙县, 衡阳县), and
    长沙 alone is the city. A county-level city's is not: 昆山, 义乌 are written so, and
    和田民政局, whose region metadata read as 和田地区 off this very name, was joined to
    和田地区民政局 though 和田市 has one too (panel22, after reading the code)."""
    found = gazetteer().by_short.get(stem, [])
    return tuple(
        sorted(
            {
                d.name
                for d in found
                if d.current
                and (
                    d.level in ("province", "city") or (d.level == "county" and d.name[-1] == "市")
                )
            }
        )
    )


def _county_level_city(name: str) -> bool:
    """A current county-level city of the gazetteer (简阳市, 昆山市) and nothing else of that
    name: a county in all but its suffix, so a township written under it is placed (panel23:
    简阳市石桥镇人民政府 got no key in either year). Not a name a prefecture also bears."""
    found = [d for d in gazetteer().by_name.get(name, []) if d.current]
    return name.endswith("市") and bool(found) and all(d.level == "county" for d in found)


def _zone_full_name(reading: NameReading) -> NameReading:
    """A zone's area written with its official short form (苏州高新区) read as its full name
    (苏州高新技术产业开发区: data/identity.json ``zone_short_forms``), so that both spellings of
    one zone join (panel23: 苏州高新区管委会 2022 was keyed apart from 苏州高新技术产业开发区管理委员会
    2021). Only a place with a name before the short form and not itself a division of the
    gazetteer; a bare 高新区 stays what it was (no city: not placed)."""
    if not reading.area:
        return reading
    forms = _grammar().zone_short_forms
    area, notes = [], []
    for place in reading.area:
        full = next(
            (
                place[: -len(short)] + long
                for short, long in forms.items()
                if place.endswith(short) and len(place) > len(short)
            ),
            None,
        )
        if full is None or gazetteer().by_name.get(place):
            area.append(place)
        else:
            area.append(full)
            notes.append(f"zone {place} read as {full}")
    if not notes:
        return reading
    return replace(reading, area=tuple(area), evidence=(*reading.evidence, *notes))


def _zone_city_from_region(reading: NameReading, name: str | None) -> bool:
    """The narrowest place is a bare word for several kinds of zone (开发区, 园区) and no
    place above it is written in the name: the city came from the region alone, which says
    where the page was posted, not which of the city's zones wrote it. Not a kind a city
    has one of (高新区, 经开区: data/identity.json ``zones_one_per_city``), which the city's
    portal names bare for that one."""
    g = _grammar()
    area = reading.area or ()
    if not area or not isinstance(name, str):
        return False
    if area[-1] not in g.generic_zones or area[-1] in g.zones_one_per_city:
        return False
    return not any(_stem(place, g) in name for place in area[:-1])


def _city_without_counties(name: str) -> bool:
    """A current city of the gazetteer none of whose current counties is listed (中山市,
    东莞市, 嘉峪关市): its townships are directly under it."""
    cities = [d for d in gazetteer().by_name.get(name, []) if d.level == "city" and d.current]
    return bool(cities) and not any(city.code in _cities_with_counties() for city in cities)


@lru_cache(maxsize=1)
def _cities_with_counties() -> frozenset[str]:
    """The codes of the cities that have a current county in the gazetteer."""
    return frozenset(
        d.city_code for d in gazetteer().by_code.values() if d.level == "county" and d.current
    )


def _is_school(body: str, g: _Grammar) -> bool:
    """A school's or university's body (文理学院, 第一中学; not 农业科学院, an academy): who
    runs it is not in its name, and its name is not shortened into another's."""
    return body.endswith(g.schools) and not body.endswith(g.not_schools)


def read_name(
    name: str,
    *,
    region: Any = None,
    level: str | None = None,
    kind: str | None = None,
    names: NameCache | None = None,
) -> NameReading:
    """Read one agency name (with the report's region, level and kind when known).

    >>> r = read_name("市卫健委", region={"province": "四川省", "city": "绵阳市"})
    >>> r.area, r.body
    (('四川省', '绵阳市'), '卫健委员会')
    >>> read_name("区政府办").area is None   # no region: which district is unknown
    True
    """
    g = _grammar()
    names = names if names is not None else _default_names()
    text = names.clean(name)
    if kind not in ("government", "department", "office"):
        kind = None
    university = _university_name(text, g)
    if university is not None:
        # Before the region: 兰州 in 兰州大学 is the university's name, not 兰州市; and
        # before the central prefix: 中国科学技术大学 is a university, not a ministry.
        # No level (SCHEMA §1: a university's name does not tell who runs it).
        return NameReading(
            area=(_UNIVERSITY_AREA,),
            body=university,
            level=None,
            kind=kind or "department",
            evidence=("a university's full name: unique nationwide",),
        )
    central = _central_body(text, g)
    if central is not None:
        # Before the places: 太湖 of 太湖流域管理局 is a lake, not 太湖县, and its ministry
        # is no area (data/identity.json).
        return NameReading(
            area=(_NATIONAL_AREA,),
            body=central,
            level="national",
            kind=kind or "department",
            evidence=("a central body's own name: unique nationwide",),
        )
    evidence: list[str] = []
    regional = _region_places(region, g, names)
    taken, after_region, stem = _strip_region(text, regional, g)
    parsed, rest = _leading_places(after_region, g)
    shared = ""
    if sum(len(p) for _, p in parsed) + len(rest) > len(after_region):
        shared = parsed[-1][1][:-1]  # the last place's suffix is also the body's first character
    places = taken + parsed
    bare = None
    if not places and rest[:1] in g.levels and len(rest) > 1 and not _level_word_of_body(rest, g):
        bare, rest = rest[0], rest[1:]
    body, body_evidence = _body(rest, g)
    area: tuple[str, ...] | None = None
    area_level: str | None = None
    if places:
        first = LEVELS.index(places[0][0])
        parents = [p for p in regional if LEVELS.index(p[0]) < first and p not in places]
        if parents:
            evidence.append("parent area from region: " + "".join(nm for _, nm in parents))
        if taken:
            evidence.append("area from name, as in region")
        area, area_level = tuple(nm for _, nm in parents + places), places[-1][0]
    elif bare is not None:
        area = _region_up_to(regional, g.levels[bare])
        if area:
            area_level = g.levels[bare]
            evidence.append(f"area from region: {bare}→{area[-1]}")
        else:
            evidence.append(f"unresolved: the name says only {bare} and no region names it")
    elif text.startswith(g.national) or level == "national":
        area, area_level = (_NATIONAL_AREA,), "national"
    elif level and (area := _region_up_to(regional, level)):
        area_level = level
        evidence.append(f"area from region and level: {area[-1]}")
    else:
        evidence.append("unresolved: the name states no area")
    if area and _city_unknown(area, names):
        # 鼓楼区人社局 with no city: Nanjing's or Fuzhou's (or Xuzhou's, Kaifeng's) is not
        # known, and the one fuller 鼓楼区 of a corpus may be another city's.
        evidence.append(f"unresolved: {area[-1]} is a district of several cities, none named")
        area = area_level = None
    evidence.extend(body_evidence)
    if _is_school(body, g):
        area_level = None  # 兰州文理学院: a province's college in 兰州市, not the city's
    return NameReading(
        area=area,
        body=body,
        level=level if level in LEVELS else area_level,
        kind=kind or ("government" if body in g.government else "department"),
        evidence=tuple(evidence),
        shared=shared,
        states_area=bool(places) or bare is not None or text.startswith(g.national),
        stem=stem,
    )


# --- joining ---------------------------------------------------------------------


@dataclass(frozen=True)
class Identity:
    """The agency a report belongs to, and why."""

    key: str | None  # "四川省/绵阳市|卫生健康委员会"; None when unresolved
    name: str  # a display name: the fullest form the corpus wrote
    area: tuple[str, ...] | None
    body: str
    level: str | None
    kind: str | None
    evidence: str  # how this report's name was joined to the identity

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "name": self.name,
            "area": list(self.area) if self.area is not None else None,
            "body": self.body,
            "level": self.level,
            "kind": self.kind,
            "evidence": self.evidence,
        }


def is_abbreviation(short: str, full: str) -> bool:
    """Whether ``short`` abbreviates ``full`` (first and last character kept, the rest in order).

    >>> is_abbreviation("人社局", "人力资源和社会保障局"), is_abbreviation("公安局", "公安分局")
    (True, False)
    """
    if not 2 <= len(short) < len(full) or short[0] != full[0] or short[-1] != full[-1]:
        return False
    if _compound(full) or _compound(short):
        return False
    chars = iter(full)
    return all(ch in chars for ch in short)


def _compound(body: str) -> bool:
    """A body naming a unit inside another (公安局涪城区分局, 公安分局 of 公安局)."""
    g = _grammar()
    if "分" in body[-3:-1]:
        return True
    return any(0 <= body.find(end) < len(body) - len(end) for end in g.compound)


def _areas_fit(a: tuple[str, ...], b: tuple[str, ...], names: NameCache) -> bool:
    """Same narrowest place, and no two different places of one level above it.

    绵阳市 fits 四川省 › 绵阳市; 山东省 › 寿光市 fits 潍坊市 › 寿光市; 南京市 › 鼓楼区
    does not fit 福州市 › 鼓楼区.
    """
    if a[-1] != b[-1]:
        return False
    if set(a) <= set(b) or set(b) <= set(a):
        return True
    levels: dict[str, str] = {}
    for place in {*a[:-1], *b[:-1]}:
        level = names.level(place)
        if levels.setdefault(level, place) != place:
            return False
    return True


def _place_level(place: str) -> str:
    g = _grammar()
    for suffix in g.suffixes:
        if place.endswith(suffix):
            return g.suffix_level[suffix]
    return place  # not a known kind of place: only equal to itself


@dataclass
class _Node:
    """The reports whose names read as one (area, body)."""

    area: tuple[str, ...]
    body: str
    levels: set[str]  # as metadata gives them (not inferred)
    kinds: set[str]
    years: set[int]
    rows: list[int]
    ambiguous: list[str] = field(default_factory=list)  # the agencies it could all be
    twice: bool = False  # two different reports have the same year
    contents: set[Any] = field(default_factory=set)


def _fits(a: _Node, b: _Node, names: NameCache) -> str | None:
    """'same' (same body), 'abbreviation', or None when the two cannot be one agency."""
    if not _areas_fit(a.area, b.area, names):
        return None
    if len(a.levels) == 1 and len(b.levels) == 1 and a.levels != b.levels:
        return None
    if len(a.kinds) == 1 and len(b.kinds) == 1 and a.kinds != b.kinds:
        return None
    if a.body == b.body:
        return "same"
    g = _grammar()
    if a.area == (_UNIVERSITY_AREA,) or _is_school(a.body, g) or _is_school(b.body, g):
        return (
            None  # only the very same name: 兰州大学 is not 兰州理工大学, 职业学院 not 职业技术学院
        )
    if _shortens(a.body, b.body, g) or _shortens(b.body, a.body, g):
        return "abbreviation"
    return None


def _shortens(short: str, full: str, g: _Grammar) -> bool:
    """``short`` is ``full``'s abbreviation and may stand for it: not a full name in
    itself (公安局 is never 公安交通管理局 shortened), and a customary short form only
    for a body of its kind (城管局 for 城市管理局, not 城乡规划管理局): data/identity.json."""
    if (
        short in g.complete
        or not is_abbreviation(short, full)
        or _merged_into(short, full)
        or _merged_unwritten(short, full, g)
    ):
        return False
    return g.short_kinds.get(short, "") in full


def _merged_into(short: str, full: str) -> bool:
    """``full`` is ``short``'s body merged with another (国土资源局 → 国土资源和规划局,
    科学技术局 → 科学技术和经济信息化局: X局 + Y → X和Y局, the 2018/2019 reforms' naming), not
    its long form: the two are kept apart as renames are (README). Found after reading the
    code (panel23): a corpus's 国土资源局 2018 joined 国土资源和规划局 2019 by abbreviation with
    nothing in its evidence saying a merger happened. ``short`` written without the 和 of
    the same body (自然资源规划局, 文化广电旅游局) is no merger: nothing of another body is missing."""
    start = 0
    while (at := full.find("和", start)) > 0:
        start = at + 1
        head = full[:at]
        if not short.startswith(head):
            continue
        end = short[len(head) :]
        if end and full.endswith(end) and len(full) - len(end) > at + 1:
            return True
    return False


def _merged_unwritten(short: str, full: str, g: _Grammar) -> bool:
    """``full`` is a merger's name written without its 和 (自然资源规划局 for 自然资源和规划局):
    ``short``'s body (自然资源局) and a body whole in itself (规划局: data/identity.json
    ``complete_bodies``) run together. Not ``short``'s long form: a corpus holding 自然资源局
    (2019), 自然资源和规划局 (2020) and 自然资源规划局 (2021) found the last fitting both and
    joined neither (meta25, the session-24 leftover); kept apart from 自然资源局 as the merger
    is (_merged_into), it joins its own 和 spelling. 国土局 of 国土资源局 is still one body:
    资源局 is no whole body."""
    for body in g.complete:
        if len(full) > len(body) + 1 and full.endswith(body):
            head = full[: -len(body)]
            tail = short[len(head) :]
            if len(head) >= 2 and short.startswith(head) and tail and body.endswith(tail):
                return tail != body
    return False


def resolve(
    metadata: Sequence[Mapping[str, Any]],
    years: Sequence[int | None],
    contents: Sequence[Any] | None = None,
    *,
    names: NameCache | None = None,
) -> list[Identity]:
    """One :class:`Identity` per report, from its metadata (SCHEMA §1) and year.

    Reports of one agency get the same ``key``; a report whose agency cannot
    be placed gets ``key=None`` and is never joined. ``contents`` (any
    hashable per report, e.g. its table cells) tells a copy of a report
    from another report of the same name and year. Where ``agency`` is null,
    ``agency_as_written`` (市卫健委, completed from the region) stands in only when
    the metadata stage reads it whole as a name: a form with spam in it is no key.
    ``names``: the names read so far (the default engine's without it).
    """
    names = names if names is not None else _default_names()
    readings: list[NameReading | None] = []
    seen: dict[str, NameReading] = {}  # a corpus repeats its names: read each once
    for meta in metadata:
        name = _name_of(meta)
        reading = None
        if isinstance(name, str) and names.clean(name):
            context = _context(meta)
            memo = repr((name, context))
            reading = seen.get(memo) or seen.setdefault(
                memo, read_name(name, **context, names=names)
            )
            # only for joining: read_name keeps the zone as written
            reading = _zone_full_name(reading)
        readings.append(reading)
    _complete_from_corpus(metadata, readings, names)
    for index, reading in enumerate(readings):
        if reading is None or not reading.area:
            continue
        if reading.stem and len(places := _stem_places(reading)) > 1:
            # 吉林统计局: 吉林 is 吉林省's name and 吉林市's; the region (or the corpus's one
            # place with that stem) may be the metadata's guess from this very name, and
            # joining took it to 吉林省统计局 (panel21). Only for joining, as below.
            readings[index] = replace(
                reading,
                area=None,
                evidence=(
                    *reading.evidence,
                    f"unresolved: {reading.stem} is the name of {' and '.join(places)}",
                ),
            )
        elif all(place in _grammar().generic_zones for place in reading.area):
            # 高新区管委会: every city has a 高新区, and the key 高新区|管委会 joined two
            # cities' (panel21). Only for joining, as below.
            readings[index] = replace(
                reading,
                area=None,
                evidence=(
                    *reading.evidence,
                    f"unresolved: {''.join(reading.area)} is a kind of zone, named with no city",
                ),
            )
        elif _zone_city_from_region(reading, _name_of(metadata[index])):
            # 开发区管委会 with the region 西安市 (posted on the city's portal): the city has
            # an 经开区 and a 高新区, both 开发区; two years' bare names keyed 西安市/开发区
            # joined whichever zone each was (panel23, probed after reading the code). Only
            # for joining, as below.
            readings[index] = replace(
                reading,
                area=None,
                evidence=(
                    *reading.evidence,
                    f"unresolved: {reading.area[-1]} is a kind of zone, and the name gives no"
                    f" city ({''.join(reading.area[:-1])} only from the region)",
                ),
            )
        elif branch := _district_branch(reading, names):
            readings[index] = branch
    for index, reading in enumerate(readings):
        county_city = _county_city_beside(reading, metadata[index], names)
        if reading is not None and reading.area and county_city:
            # 市人社局 with the region 苏州市 › 昆山市: the 市 may be the county-level city
            # or its prefecture, and taking the prefecture joined 苏州市人社局 (panel22,
            # probed after reading the code). Only for joining, as below.
            readings[index] = replace(
                reading,
                area=None,
                evidence=(
                    *reading.evidence,
                    f"unresolved: 市 may be {county_city} or {reading.area[-1]}",
                ),
            )
    for index, reading in enumerate(readings):
        if reading is not None and reading.area and _township_unplaced(reading.area, names):
            # 城关镇人民政府 with no county: the corpus's one 榆中县城关镇 may be another
            # county's (a wrong join is worse than a missed one). Only for joining:
            # read_name keeps the area, which the reconcile stage compares within a report.
            unplaced = (
                f"unresolved: {reading.area[-1]} is a township's or street's name, which"
                " counties repeat; no county named"
            )
            readings[index] = replace(reading, area=None, evidence=(*reading.evidence, unplaced))
    nodes: dict[tuple[tuple[str, ...], str], _Node] = {}
    for index, meta in enumerate(metadata):
        reading = readings[index]
        if reading is None or reading.area is None or not reading.body:
            continue
        level, kind = _context(meta)["level"], _context(meta)["kind"]
        key = (reading.area, reading.body)
        node = nodes.get(key) or nodes.setdefault(key, _Node(*key, set(), set(), set(), []))
        node.rows.append(index)
        node.levels.update([level] if level else [])
        node.kinds.update([kind] if kind else [])
        year = years[index]
        if isinstance(year, int):
            content = (year, contents[index] if contents is not None else index)
            node.twice = node.twice or (year in node.years and content not in node.contents)
            node.years.add(year)
            node.contents.add(content)
    identities: list[Identity | None] = [None] * len(readings)
    for group in _cluster(list(nodes.values()), names):
        if group[0].ambiguous:
            continue  # its reports may be of different agencies: each stays unresolved
        # The cluster's areas are nested (the join demands it): the widest names the agency.
        area = max((n.area for n in group), key=len)
        full = max(group, key=lambda n: (len(n.body), len(n.area), len(n.rows)))
        key_text = "/".join(area) + "|" + full.body
        name = _display_name(metadata, group, area, full.body, names)
        for node in group:
            joined = []
            if node.area != area:
                joined.append("area " + "".join(node.area) + " read as " + "".join(area))
            if node.body != full.body:
                joined.append(f"abbreviation {node.body} of {full.body}")
            for row in node.rows:
                reading = readings[row]
                assert reading is not None
                notes = [*joined, *reading.evidence]
                identities[row] = Identity(
                    key=key_text,
                    name=name,
                    area=area,
                    body=full.body,
                    level=reading.level,
                    kind=reading.kind,
                    evidence="; ".join(notes) if notes else "same name",
                )
    why = {row: n.ambiguous for n in nodes.values() if n.ambiguous for row in n.rows}
    for row, reading in enumerate(readings):
        if identities[row] is None:
            identities[row] = _unresolved(metadata[row], reading, why.get(row))
    return [i for i in identities if i is not None]


def _county_city_beside(
    reading: NameReading | None, meta: Mapping[str, Any], names: NameCache
) -> str | None:
    """The county-level city of the report's region (昆山市) when the name says only 市 and
    the area was read as the region's prefecture (苏州市); None otherwise."""
    if (
        reading is None
        or not reading.area
        or not any(e.startswith("area from region: 市→") for e in reading.evidence)
    ):
        return None
    regional = _region_places(meta.get("region"), _grammar(), names)
    return next((nm for lv, nm in regional if lv == "county" and nm.endswith("市")), None)


def _name_of(meta: Mapping[str, Any]) -> str | None:
    """The agency's name: the canonical one, else the form written (市卫健委, completed from
    the region) where the metadata stage reads that form whole as a name; never a form
    with spam in it (365体育官网市人社局 keyed by its spam)."""
    agency = meta.get("agency")
    if isinstance(agency, str) and agency:
        return agency
    written = meta.get("agency_as_written")
    return written if isinstance(written, str) and reads_as_agency(written) else None


def _context(meta: Mapping[str, Any]) -> dict[str, Any]:
    level, kind = meta.get("level"), meta.get("kind")
    return {
        "region": meta.get("region"),
        "level": level if level in LEVELS else None,
        "kind": kind if isinstance(kind, str) else None,
    }


def _complete_from_corpus(
    metadata: Sequence[Mapping[str, Any]], readings: list[NameReading | None], names: NameCache
) -> None:
    """A name that starts with a place written without its suffix (绵阳卫健委) takes that
    place when exactly one place of the corpus has that stem (绵阳市, not 吉林省 and 吉林市)."""
    g = _grammar()
    # 水利部 read as national one year, its level not read another: the same name,
    # with no area of its own, is the same central body.
    national = {
        names.clean(_name_of(metadata[i]) or "")
        for i, reading in enumerate(readings)
        if reading is not None and reading.area == (_NATIONAL_AREA,)
    }
    for index, reading in enumerate(readings):
        name = _name_of(metadata[index])
        if (
            reading is not None
            and reading.area is None
            and not reading.states_area
            and names.clean(str(name or "")) in national
        ):
            context = {**_context(metadata[index]), "level": "national"}
            again = read_name(str(name), **context, names=names)
            readings[index] = replace(
                again, evidence=("national: the corpus places this name so", *again.evidence)
            )
    by_stem: dict[str, set[str]] = defaultdict(set)
    for reading in readings:
        if reading is not None and reading.area and not reading.shared:
            for place in reading.area:
                if _stem(place, g) != place:
                    by_stem[_stem(place, g)].add(place)
    if not by_stem:
        return
    longest = max(map(len, by_stem))
    for index, reading in enumerate(readings):
        if reading is None:
            continue
        text = names.clean(str(metadata[index].get("agency") or ""))
        if reading.shared:
            # 祁东市场监督管理局: 祁东县 + 市场监督管理局 when the corpus knows 祁东 as 祁东县.
            places = by_stem.get(reading.shared, set())
            if len(places) != 1 or not reading.area or next(iter(places)) == reading.area[-1]:
                continue
        elif reading.area is not None or reading.states_area:
            continue
        for size in range(min(longest, len(text) - 1), 1, -1):
            places = by_stem.get(text[:size], set())
            if len(places) == 1:
                place = next(iter(places))
                again = read_name(place + text[size:], **_context(metadata[index]), names=names)
                if again.area is not None:
                    readings[index] = NameReading(
                        area=again.area,
                        body=again.body,
                        level=again.level,
                        kind=again.kind,
                        evidence=(f"area from the corpus: {text[:size]}→{place}", *again.evidence),
                        stem=text[:size],
                    )
                elif reading.shared:
                    # 鼓楼市场监督管理局 where the corpus knows 鼓楼 as 鼓楼区, a district of
                    # several cities: neither 鼓楼市 nor a 鼓楼区 can be placed.
                    readings[index] = again
                break


def _unresolved(
    meta: Mapping[str, Any], reading: NameReading | None, could_be: list[str] | None
) -> Identity:
    if reading is None:
        return Identity(None, "", None, "", None, None, "unresolved: no agency name")
    if could_be:
        why = "unresolved: the name fits " + " and ".join(could_be)
    else:
        why = next(
            (e for e in reading.evidence if e.startswith("unresolved")), "unresolved: no body"
        )
    written = _name_of(meta)
    return Identity(None, str(written), None, reading.body, reading.level, reading.kind, why)


def _cluster(nodes: list[_Node], names: NameCache) -> list[list[_Node]]:
    """Clusters of nodes, one per agency; an ambiguous node is a cluster of its own with
    ``ambiguous`` set."""
    """Join nodes on unambiguous evidence (see the module doc)."""
    # Only nodes with the same narrowest place and bodies with the same first and last
    # character can be one agency (see _fits): compare within those blocks.
    by_place: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for i, node in enumerate(nodes):
        by_place[(node.area[-1], node.body[:1], node.body[-1:])].append(i)
    partners: dict[int, dict[int, str]] = defaultdict(dict)
    for block in by_place.values():
        for x, i in enumerate(block):
            for j in block[x + 1 :]:
                how = _fits(nodes[i], nodes[j], names)
                if how:
                    partners[i][j] = partners[j][i] = how

    def unambiguous(i: int) -> bool:
        # Every agency this one could be must also be the same as each other:
        # 鼓楼区 next to both 南京市鼓楼区 and 福州市鼓楼区 joins neither.
        mates = list(partners[i])
        if nodes[i].twice and any(len(nodes[j].area) > len(nodes[i].area) for j in mates):
            # Two reports in one year under a name that lacks part of its area: they may be
            # two agencies (鼓楼区 of two cities), and which one is the fuller one's is unknown.
            return False
        return all(b in partners[a] for x, a in enumerate(mates) for b in mates[x + 1 :])

    cluster_of = list(range(len(nodes)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(nodes))}
    # Same-body joins first; an abbreviation join needs its two spellings in different years
    # (two spellings in one year are two agencies, or a duplicate we cannot tell apart).
    edges = sorted(
        (how != "same", i, j) for i in partners for j, how in partners[i].items() if i < j
    )
    for weak, i, j in edges:
        ci, cj = cluster_of[i], cluster_of[j]
        if ci == cj or not (unambiguous(i) and unambiguous(j)):
            continue
        a, b = members[ci], members[cj]
        if not all(y in partners[x] for x in a for y in b):
            continue
        years_a = {year for x in a for year in nodes[x].years}
        if weak and any(year in years_a for y in b for year in nodes[y].years):
            continue
        for y in b:
            cluster_of[y] = ci
        members[ci] = a + b
        del members[cj]
    for i, node in enumerate(nodes):
        if not unambiguous(i):
            node.ambiguous = sorted("".join(nodes[j].area) + nodes[j].body for j in partners[i])
    return [[nodes[i] for i in group] for group in members.values()]


def _display_name(
    metadata: Sequence[Mapping[str, Any]],
    group: list[_Node],
    area: tuple[str, ...],
    body: str,
    names: NameCache,
) -> str:
    """The most frequent name the corpus wrote with the narrowest place and the full body
    (泰州市人民政府办公室); else that place, its parent below the province, and the body."""
    counts: Counter[str] = Counter()
    for node in group:
        for row in node.rows:
            name = names.clean(str(metadata[row].get("agency") or ""))
            if name.endswith(body) and area[-1] in name:
                counts[name] += 1
    if counts:
        return min(counts, key=lambda n: (-counts[n], len(n), n))
    if area in ((_NATIONAL_AREA,), (_UNIVERSITY_AREA,)):
        return body
    places = [p for p in area if names.level(p) != "province"][-2:] or list(area[-1:])
    return "".join(places) + body


def identities(
    rows: Iterable[Mapping[str, Any]], *, names: NameCache | None = None
) -> list[Identity]:
    """:func:`resolve` over annotate rows (SCHEMA §5); ``names`` as there."""
    metas: list[Mapping[str, Any]] = []
    years: list[int | None] = []
    contents: list[Any] = []
    for row in rows:
        meta = row.get("metadata") or {}
        metas.append(meta if isinstance(meta, Mapping) else {})
        year = metas[-1].get("year")
        years.append(year if isinstance(year, int) and not isinstance(year, bool) else None)
        tables = row.get("tables")
        contents.append(tuple(sorted(tables.items())) if isinstance(tables, Mapping) else ())
    return resolve(metas, years, contents, names=names)
