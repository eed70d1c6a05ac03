"""An agency's name as written, described (:func:`_describe`): its canonical name (areas
restored from the page, short forms spelled out), region, level and kind."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache, lru_cache, partial
from itertools import product

from ..datafiles import load_json
from ..gazetteer import Division, gazetteer
from ..metadata import Region, _page_words
from .clean import (
    _AGENCY_IN_AREA,
    _area_word,
    _bracketed_zone,
    _branch_parts,
    _clean_agency,
    _is_national,
    _party_prefix,
    _regional,
    _without_second_name,
    _without_state,
)
from .places import _TOWN_END, _chain, _Context, _related, _seat_shares, _shared_short
from .words import _words

# A 来源 label may name the site's owner (the area's government) rather than the
# department: it comes after the text's own statements and the opening sentence.
# A contact block's label (咨询单位：某区公安分局) names the agency or its office, which
# is read as the agency (a bureau's 办公室 is cut); so does a contact sentence's label
# (如有疑问，请联系：温州市供销合作社联合社办公室，电话…; meta23 x29 was null).
_LABEL = re.compile(
    r"(?:发布机构|发文机构|发文单位|发布单位|信息来源|来源|咨询单位|联系单位|请联系)\s*[:：]\s*"
    r"(?P<agency>[^\s|:：，,。；;]{2,40})"
)


_ALIAS_QUOTES = '“"「'


_ALIAS = rf"(?P<full>[\u4e00-\u9fff()（）]{{4,60}}?)[(（]\s*(?:以下)?简称[{_ALIAS_QUOTES}]?"


_TOWNSHIP = re.compile(rf"^[\u4e00-\u9fff]{{1,8}}?(?:{_TOWN_END}|苏木|街道)")


def _place_chain(place: str, context: _Context) -> list[tuple[Division, str]]:
    """The divisions ``place`` names in full (浙江省, 北京市海淀区) or short (湖州, 余杭:
    a short county name only when one county bears it), or [] when it is not all a place."""
    size, chain = _chain(place, context)
    if chain and size == len(place):
        return chain
    if not chain:
        current = [d for d in gazetteer().by_short.get(place, []) if d.current]
        # 河南 is the province (河南县 is written in full), 余杭 the one county so named.
        wide = [d for d in current if d.level != "county"]
        if _shared_short(place, wide, current, context):
            return []  # 朝阳 of …朝阳监管支局: 辽宁省朝阳市 or 北京市朝阳区 (red25 d01)
        found = {d.code: d for d in wide or current}
        if len(found) == 1:
            return [(next(iter(found.values())), place)]
    return []


def _with_parent(name: str, text: str) -> str:
    """A central body's branch written without its parent, with it: where the
    document writes the full form (请与国家税务总局湖州市税务局联系), or where the
    branch word is one parent's only (湖州市税务局 → 国家税务总局湖州市税务局)."""
    words = _words()
    for parent, ends in words.branches.items():
        if name.endswith(ends) and parent + name in text:
            return parent + name
    for parent, ends in words.branches.items():
        end = next((e for e in ends if name.endswith(e)), None)
        if end is None or parent not in text:
            continue
        # 泉州金融监管分局 with 国家金融监督管理总局泉州监管分局 in the contact line: the
        # parent's short form (金融, 金融监管) between the place and the branch word.
        # (the branch word as the text writes it, the longest first: 国家能源局浙江监管办公室
        # for 浙江能源监管办, never its prefix 国家能源局浙江监管办, meta23 x18)
        longer = [e for e in ends if e.startswith(end)]
        for m in re.finditer(
            re.escape(parent)
            + r"([\u4e00-\u9fff]{2,12}?)(?:"
            + "|".join(map(re.escape, longer))
            + ")",
            text,
        ):
            short = name[len(m[1]) : len(name) - len(end)]
            if name.startswith(m[1]) and len(short) >= 2 and _kept_in_order(short, parent):
                return m.group()
    if name.endswith(words.implied_not):
        return name
    implied = next((p for w, p in words.implied_parent.items() if name.endswith(w)), None)
    return implied + name if implied is not None else name


def _kept_in_order(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` with characters dropped (金融监管 of 国家金融监督管理总局)."""
    rest = iter(full)
    return all(c in rest for c in short)


def _national_full(name: str) -> str:
    """A State Council body's official short form (国家发展改革委) as its full name
    (国家发展和改革委员会); any other name as it is."""
    return _words().national_short.get(name, name)


def _national_written_out(name: str, text: str) -> str | None:
    """The listed full name of a central body the document writes, of which ``name``
    (国家…/中国…, not listed) keeps the characters in order (国家粮储局 of
    国家粮食和物资储备局): one such name, else None."""
    words = _words()
    if name in words.national or not name.startswith(("国家", "中国")):
        return None
    fulls = {
        full
        for full in words.national
        if len(full) > len(name) and full in text and _kept_in_order(name, full)
    }
    return fulls.pop() if len(fulls) == 1 else None


def _under_ministry(name: str, text: str) -> str | None:
    """A body a State Council body sends out (水利部长江水利委员会, 交通运输部长江航务管理局):
    ``name`` itself when it opens with a listed central body and goes on with a body's
    own name that opens with no division (not 财政部浙江监管局: a province's, whose area
    this does not read; not 教育部办公厅: the ministry's office); or the one such name
    the document writes with ``name`` after the central body (长江水利委员会 in the title,
    水利部长江水利委员会 in the preamble). Else None."""
    words = _words()
    gaz = gazetteer()

    def own(rest: str) -> bool:
        return (
            len(rest) >= 4
            and rest not in words.generic
            and not rest.startswith(("办公厅", "办公室"))
            and not gaz.match_at(rest, 0)[0]
            and not gaz.match_at(rest, 0, short=True)[0]
        )

    # (not 国务院办公厅: its 政府信息与政务公开办公室 issues the notices reports cite)
    parents = words.national - words.national_government
    for parent in parents:
        if name.startswith(parent) and own(name[len(parent) :]):
            return name
    if not own(name):
        return None
    found = {parent + name for parent in parents if parent + name in text}
    return found.pop() if len(found) == 1 else None


# A branch of a bureau named by its place alone (南山分局): which city's bureau's, the
# document tells where it writes the whole name (深圳市公安局南山分局).
_BARE_BRANCH = re.compile(r"[\u4e00-\u9fff]{2,5}分局")


# How far before a bare branch's name its area and bureau may start (深圳市公安局: 6)
_BUREAU_REACH = 20


def _bureau_branch(name: str, text: str) -> str | None:
    """``name`` (南山分局) as the document writes it whole with its area and bureau
    right before it (联系单位：深圳市公安局南山分局办公室 → 深圳市公安局南山分局): one
    such whole name, read as a name, else None. A whole name the report cites (one it
    works with, follows, reports to: data/agency.json cited_before) is another body's."""
    if not _BARE_BRANCH.fullmatch(name):
        return None
    found = _branch_written(name, text, "")
    if not found:
        # 北仑公安分局 in the title, 宁波市公安局北仑分局 in 信息来源: the bureau's word
        # (公安) after the place in the short form, before 局 in the whole name (meta22 w07)
        for k in range(2, len(name) - 3):
            found |= _branch_written(name[:k] + "分局", text, name[k:-2])
    return found.pop() if len(found) == 1 else None


def _branch_written(name: str, text: str, word: str) -> set[str]:
    """The whole names ``name`` (南山分局) is written with in ``text``: its area and
    bureau right before it, the bureau's name ending in ``word`` + 局 where ``word``
    is given (公安 of 宁波市公安局北仑分局)."""
    gaz = gazetteer()
    found: set[str] = set()
    ends = (word + "局",) if word else ("局", "委", "委员会")
    at = text.find(name)
    while at >= 0:
        left = text[max(0, at - _BUREAU_REACH) : at]
        if left.endswith(ends):
            for i in range(len(left) - 2):
                if left[i : i + 2] not in gaz.openings:
                    continue
                size, chain = _chain(left[i:])
                if not chain or chain[0][1] not in gaz.by_name or size >= len(left) - i - 1:
                    continue
                whole = left[i:] + name
                start, end = at - len(left) + i, at + len(name)
                # (one the report works with, follows or reports to: 我分局联合温州市公安局
                # 龙湾区分局… names another 龙湾区分局 than the title's, red28 m07)
                if _clean_agency(whole) == (whole, None) and not (
                    _cites(text[max(0, start - _BUREAU_REACH) : start], text, end)
                    or _cited(text, end)
                ):
                    found.add(whole)
                break
        at = text.find(name, at + len(name))
    return found


# The page's own address, labelled (来源网址：http://fgw.hangzhou.gov.cn/art/…, 网址：…): the host's
# label before .gov.cn names the area (its pinyin: data/divisions_pinyin.json). Only a labelled
# address: a list of links (友情链接) names other sites, a superior's portal among them.
_GOV_HOST = re.compile(
    r"(?:来源网址|原文(?:链接|地址|网址)|本文(?:链接|地址|网址)|本页(?:链接|地址|网址)|页面(?:链接|地址)"
    r"|网页地址|网址)\s*[:：]\s*(?:https?://)?(?:[a-z0-9-]+\.)*([a-z]+)\.gov\.cn(?![a-z0-9-])"
)


@lru_cache(maxsize=1)
def _pinyin_hosts() -> dict[str, str]:
    data = load_json("data/divisions_pinyin.json")
    national = set(data["not_areas"])  # beian.gov.cn: the filing portal, not 北安市's
    return {host: code for host, code in data["hosts"].items() if host not in national}


def _host_area(name: str, text: str) -> str | None:
    """A partial name (市发改委) with the area the page writes only as a government site's
    host (来源网址：http://fgw.hangzhou.gov.cn/…: meta24 y15 was null): that area, when every
    such host of the page names one division, the pinyin of whose short name no other
    division can have (data/divisions_pinyin.json), and of the level the name's area word
    says (市: a city, 省: a province; 区, 县, 旗: that county). Any doubt leaves it null."""
    level_word = _level_word(name)
    if level_word not in ("市", "省", "区", "县", "旗") or ".gov.cn" not in text:
        return None
    hosts = _pinyin_hosts()
    gaz = gazetteer()
    codes = {hosts.get(m[1]) for m in _GOV_HOST.finditer(text)}
    if len(codes) != 1 or None in codes:
        return None  # www.gov.cn, zj.gov.cn, two areas' hosts, no labelled host: not certain
    code = next(iter(codes)) or ""
    area = gaz.name_of(code)
    if area is None or not area.endswith(level_word):
        return None
    if _other_area_written(text, code, level_word):
        # 市发改局 under 来源网址：http://www.jinhua.gov.cn/… whose contact is in 义乌市 (red25
        # a02), or a county-level city's bureau naming its prefecture's portal as a channel
        # (网址：http://www.ningbo.gov.cn, a03): the host is a superior's, the body's area is
        # another the text writes; not certain.
        return None
    return area + name[len(level_word) :]


def _other_area_written(text: str, code: str, level_word: str) -> bool:
    """Whether ``text`` writes the full name of a division ending with ``level_word``
    other than the one of ``code`` and its superiors (杭州市 beside 拱墅区 is its city)."""
    gaz = gazetteer()
    host = gaz.by_code.get(code)
    own = {code} | ({host.province_code, host.city_code} if host else set())
    i = 0
    while i < len(text) - 1:
        if text[i : i + 2] in gaz.openings:
            size, found = gaz.match_at(text, i)
            if size:
                named = text[i : i + size]
                if named.endswith(level_word) and not {d.code for d in found} & own:
                    return True
                i += size
                continue
        i += 1
    return False


def _site_area(name: str, sites: Sequence[str], text: str = "") -> str | None:
    """The area of a partial name (市应急管理局) from the site's name in the page
    title (孝感市人民政府门户网站), when one site area ends with the name's area word
    and no 来源/发布机构 label of ``text`` names another such area's government (区民政局
    under …_杭州市西湖区人民政府 with 来源：杭州市上城区人民政府, meta20 u44: a mirror or a
    misfiled item, whose district is not certain)."""
    level_word = _level_word(name)
    # A township's report on its county's portal (柳城畲族镇…年度报告_武义县人民政府): the
    # county's (the gazetteer lists no townships, so the site's area is the one cue).
    township = level_word is None and _TOWNSHIP.match(name) is not None
    # A district's or county's name several cities' bear, named alone (江北区民政局 under
    # …_宁波市江北区人民政府: meta24 y04 kept no region): the site's one of that name.
    area = _area_word(name) if level_word is None and not township else None
    shared = area.group() if area and area.group().endswith(("区", "县", "旗")) else None
    if level_word is None and not township and shared is None:
        return None
    core = name[len(shared or level_word or "") :]

    def areas_of(names: Iterable[str]) -> dict[str, str]:
        """Each name's area as written → the area's code."""
        areas = {}
        for site in names:
            site = "".join(site.split())
            size, chain = _chain(site)
            if not chain:
                continue
            last = chain[-1][0]
            if shared is not None:
                fits = last.level == "county" and last.name == shared
            else:
                fits = last.level == "county" if township else last.name.endswith(level_word or "")
            if fits:
                rest = site[size:]
                if (rest and _page_words().site_tail.fullmatch(rest)) or rest == core:
                    areas[site[:size]] = last.code
        return areas

    areas = areas_of(sites)
    # (another area, not the same one written short: 西湖区人民政府 under 杭州市西湖区's site)
    labelled = areas_of(m["agency"] for m in _LABEL.finditer(text)).values()
    if len(areas) != 1 or set(labelled) - set(areas.values()):
        return None
    return next(iter(areas)) + core


# How far before a name an area written with it may start (宁波: 2; 宁波市: 3).
_AREA_BEFORE_REACH = 8


def _written_after_area(
    text: str, forms: set[str], accept: Callable[[list[Division]], bool]
) -> str | None:
    """The one way the text writes a form of ``forms`` right after an area's name (full
    or short, ending where the form starts, within _AREA_BEFORE_REACH) whose divisions
    ``accept`` takes: that area's name and the form; None where there is none or several."""
    gaz = gazetteer()
    found: set[str] = set()
    for start, form in _occurrences(text, forms):
        left = text[max(0, start - _AREA_BEFORE_REACH) : start]
        for i in range(len(left) - 1):
            size, divisions = gaz.match_at(left, i)
            if size != len(left) - i:
                size, divisions = gaz.match_at(left, i, short=True)
            if size == len(left) - i and divisions:
                at = start - len(left) + i
                end = start + len(form)
                # (赴苏州高新区管委会考察 beside 我委: another body, as in _areas_before)
                other = _cites(text[:at], text, end) or _cited(text, end)
                if accept(divisions) and not (other or _beside_self(text, at, end)):
                    found.add(left[i:] + form)
                break
    return found.pop() if len(found) == 1 else None


def _named_after_another(name: str, text: str, first: tuple[Division, str]) -> str | None:
    """``name`` as the document writes it right after another area's name, where the
    area ``name`` opens with is a short form (杭州 of 杭州湾新区管委会) and that other area
    is neither it nor inside it nor around it (宁波杭州湾新区管理委员会: 宁波市 holds no
    杭州): the short form is then a word of the body's own name (a bay, a road), and the
    name is that whole one (one such, else None)."""
    division, written = first
    if written == division.name:
        return None  # (杭州市… names its city in full)
    words = _words()
    pairs = [*words.abbreviations, *((s, f) for s, fs in words.spelled_out for f in fs)]
    forms = {name}
    for short, full in pairs:
        forms |= {f.replace(short, full) for f in forms if short in f and full not in f}
    return _written_after_area(
        text, forms, lambda divisions: not any(_related(d, division) for d in divisions)
    )


def _party_department(area: str, word: str, text: str) -> str | None:
    """The name the document writes of the department ``word`` of ``area``'s party
    committee: the area, the committee's 委 and the word, with the party's name before it
    where the document writes it so (中共泰顺县委社会工作部), the longest; else None."""
    words = _words()
    own = area + words.party_committee + word
    forms = [p + own for p in words.party_prefix if p + own in text]
    return max(forms, key=len) if forms else (own if own in text else None)


def _committee_after_area(name: str, text: str) -> tuple[str, str] | None:
    """(the whole name, its area) of a committee named without its area (湘江新区管委会,
    西湖风景名胜区管理委员会) as the document writes it, spelled out, right after one
    area's name, short or full (湖南湘江新区管理委员会, 杭州西湖风景名胜区管理委员会); None
    where the name is no committee's or the document writes it so nowhere, or after two
    areas."""
    if not name.endswith(("管委会", "管理委员会")):
        return None
    forms = {name}
    for short, fulls in _words().spelled_out:
        forms |= {f.replace(short, full) for f in forms if short in f for full in fulls}
    whole = _written_after_area(text, forms, lambda divisions: True)
    if whole is None:
        return None
    form = max((f for f in forms if whole.endswith(f)), key=len)
    return whole, whole[: len(whole) - len(form)]


def _new_area_committee(name: str) -> str | None:
    """The whole name of a state-level new area's committee named short (湘江新区管委会,
    湖南湘江新区管委会, 湘江新区管理委员会 → 湖南湘江新区管理委员会), whether or not the
    document writes it: data/agency.json's new_areas, each one body no other shares
    (red27 r14 kept the title's short form). None for any other name, and for the whole
    name itself."""
    for tail in ("管委会", "管理委员会"):
        if not name.endswith(tail):
            continue
        area = name[: -len(tail)]
        for short, province in _words().new_areas.items():
            if area in (short, province + short):
                whole = f"{province}{short}管理委员会"
                return whole if whole != name else None
    return None


def _zone_of_city(name: str, text: str) -> str | None:
    """A zone's body named by the zone's word alone (经开区管委会) as the document writes
    it after its city's name, short or full (长春经济技术开发区管理委员会党政办公室 in the
    contact block, 合肥经济技术开发区管理委员会 in 来源): zones are named so, and the city's
    short form is no full division name, which :func:`_restore` wants (meta23 x04 and
    panel22 report_006 were null). One such city, else None."""
    words = _words()
    if not name.startswith(words.zones):
        return None
    forms = {name}
    for short, fulls in words.spelled_out:
        forms |= {f.replace(short, full) for f in forms if short in f for full in fulls}
    return _written_after_area(
        text, forms, lambda divisions: len({d.code for d in divisions if d.level == "city"}) == 1
    )


def _zone_of_site(name: str, sites: Sequence[str], text: str = "") -> str | None:
    """A zone's committee named by the zone's word alone (高新区管委会) on a city's site (…_
    西安市人民政府): the city's zone, named by the city's short form as zones are
    (西安高新区管委会), when the site names one city (a prefecture or a county-level one)
    and no 来源/发布机构 label names another area (panel23 report_003 and report_010 were
    null and joined none of the zone's other years). A zone word with no site stays null
    (meta23 x39)."""
    words = _words()
    zone = next((z for z in words.zones if name.startswith(z)), None)
    if zone is None or name[len(zone) :] not in ("管委会", "管理委员会"):
        return None

    def cities(names: Iterable[str]) -> set[str]:
        found = set()
        for site in names:
            site = "".join(site.split())
            size, chain = _chain(site)
            rest = site[size:]
            if chain and rest and _page_words().site_tail.fullmatch(rest):
                found.add(chain[-1][0].name)
        return found

    own = cities(sites)
    labelled = cities(m["agency"] for m in _LABEL.finditer(text))
    if len(own) != 1 or labelled - own:
        return None
    city = own.pop()
    return city[:-1] + name if city.endswith("市") and len(city) > 2 else None


def _context_codes(text: str) -> frozenset[str]:
    """Province and city codes of the full division names the document mentions."""
    gaz = gazetteer()
    codes = set()
    for name in _area_names(text):
        for d in gaz.by_name.get(name, []):
            if d.level in ("province", "city"):
                codes.add(d.code)
    return frozenset(codes)


_AREA_END = re.compile(r"省|自治区|市|州|盟|地区")


_LAST_NOT_HAN = re.compile(r"[^\u4e00-\u9fff][\u4e00-\u9fff]*\Z")


def _area_names(text: str) -> Iterator[str]:
    """The matches of ``[\u4e00-\u9fff]{2,12}?(?:省|自治区|市|州|盟|地区)`` in ``text``,
    found from the area words instead of trying every position.

    A match ends with the first area word at least 2 characters after its
    start, and starts at the leftmost place it can: 12 characters before that
    word, or after the last match or the last character that is not Chinese.
    """
    at = 0
    for end in _AREA_END.finditer(text):
        lo = max(at, end.start() - 12)
        gap = _LAST_NOT_HAN.search(text, lo, end.start())
        if gap is not None:
            lo = gap.start() + 1
        if end.start() - lo >= 2:
            yield text[lo : end.end()]
            at = end.end()


def _level_word(name: str) -> str | None:
    """The area word a partial name opens with (市 of 市财政局; not of 市场监督管理局)."""
    words = _words()
    if name.startswith(words.not_level) or gazetteer().match_at(name, 0)[0]:
        return None  # 市场监督管理局; 市中区 is a district's name
    word = next((w for w in words.level_words if name.startswith(w)), None)
    if word is not None and _ONE_CHARACTER_TOWN.match(name, len(word)):
        # 省庄镇人民政府, 市桥街道办事处: a township's name has two characters at least, so
        # the area word with the one after it is the township's own name (meta24 y10
        # read 省 + 庄镇, a province's partial name, and gave no agency).
        return None
    return word


# One character and a township's or street's word (庄镇 of 省庄镇): no township's whole name.
_ONE_CHARACTER_TOWN = re.compile(rf"[\u4e00-\u9fff](?:{_TOWN_END}|街道)")


# Where a text names the report's own body: right before the report's year and title
# (福建省人民政府办公厅2023年政府信息公开工作年度报告), or after 公布 and its area
# (现公布福建省人民政府办公厅…). A year alone is not enough: 福州市人民政府办公室2023年政务
# 公开工作要点 is that office's plan, which another body follows (a county-level city's
# 市政府办公室 was read as 福州's).
_YEAR_AFTER = re.compile(
    r"\s*20\d\d\s*年[^。，,；;、\n《》]{0,16}?(?:信息公开|政务公开|政府信息)[^。，,；;、]{0,12}?"
    r"(?:报告|年报)"
)
_PUBLISHED_BEFORE = re.compile(r"公布\s*[\u4e00-\u9fff]{0,20}$")


def _restore(name: str, text: str) -> str | None:
    """``name`` with its area prefix as the document writes it elsewhere, if unique.

    卫生健康委员会 + a contact line naming 绵阳市卫生健康委员会 → 绵阳市卫生健康委员会;
    市财政局 + 福州市财政局 in the text → 福州市财政局; 沙塘镇人民政府 + 开平市沙塘镇
    → 开平市沙塘镇人民政府. An area word the name opens with (市, 省) must be the
    level word of the restored area.
    """
    words = _words()
    level_word = _level_word(name) or ""
    core = name[len(level_word) :]
    township = _TOWNSHIP.match(core)
    anchor = township.group() if township else core
    if len(anchor) < 2:
        return None
    forms = {anchor}
    for short, full in words.abbreviations:
        for a, b in ((short, full), (full, short)):
            if a in anchor and not (a == short and full in anchor):
                forms.add(anchor.replace(a, b))
    if anchor in words.party_departments:
        # 县社会工作部 in the title, 泰顺县委社会工作部 in the text: the committee's 委
        # stands between the area and a party department's word
        forms.add(words.party_committee + anchor)
    found = _areas_before(text, forms, level_word)
    if anchor in words.government_full:
        # 省政府办公厅 in the title, 现公布福建省人民政府办公厅2023年…报告 in the preamble: the
        # tail in full is the form the text writes with its area (meta26 b41 was null). Only
        # where the text names it as the report's body (公布 before it, or the year after
        # it): 按照福州市人民政府办公室…的部署, 与宁波市人民政府办公室联合 are other
        # offices (red26 o01, o02 read them).
        full = words.government_full[anchor]
        own = [
            text[max(0, m.start() - 30) : m.end()]
            for m in re.finditer(re.escape(full), text)
            if _YEAR_AFTER.match(text, m.end())
            or _PUBLISHED_BEFORE.search(text, max(0, m.start() - 30), m.start())
        ]
        found |= _areas_before("\n。\n".join(own), {full}, level_word)
    if not found:
        # 南湖区人力社保局 in the title, 嘉兴市南湖区人力资源和社会保障局 in the preamble:
        # a short agency word no table lists, spelled out as the document writes it.
        size, _ = _chain(anchor)
        found = _areas_before(text, _expansions(anchor[:size], anchor[size:], text), level_word)
        if len({w for _, w in found}) > 1:
            return None  # two bodies' names fit the short one: which it is, unknown
    if not found:
        # 省国资委 in the title, 浙江省人民政府国有资产监督管理委员会 in the contact line: a
        # body the government runs directly, its seal name (see _seal_name)
        found = _areas_before(text, {"人民政府" + f for f in _own_forms(anchor)}, level_word)
    # 思明区 and 厦门市思明区 are one area written short and long: the longest,
    # when every other is its tail; two different areas give no prefix.
    area = max((a for a, _ in found), key=len, default="")
    if not area or not all(area.endswith(a) for a, _ in found):
        return None
    # The full form (市场监督管理局 over 市场监管局), whichever of the two wrote it.
    written = max([w for _, w in found] + [anchor], key=len)
    # 福州市鼓楼区 above 鼓楼区民政局…: the area the name opens with is written once (it
    # was 福州市鼓楼区鼓楼区民政局, a name no body bears: red25's hand probes)
    gaz = gazetteer()
    overlap = next(
        (
            k
            for k in range(min(len(area), len(written)), 1, -1)
            if area.endswith(written[:k]) and written[:k] in gaz.by_name
        ),
        0,
    )
    return area[: len(area) - overlap] + written + core[len(anchor) :]


def _areas_before(text: str, forms: Iterable[str], level_word: str) -> set[tuple[str, str]]:
    """(area, form) for each occurrence of a form with a run of division names right
    before it (an area alone on the line above: 富平县 / 市场监督管理局2022年…), the
    area ending with ``level_word`` when there is one."""
    found: set[tuple[str, str]] = set()
    gaz = gazetteer()
    for start, form in _occurrences(text, forms):
        left = text[max(0, start - 30) : start].rstrip()
        # The longest run of division names that ends right before the anchor.
        best = ""
        for i in range(len(left)):
            if left[i : i + 2] not in gaz.openings:
                continue  # the run opens with a full name (tested below): none starts here
            size, chain = _chain(left[i:])
            if chain and size == len(left) - i and chain[0][1] in gaz.by_name:
                best = left[i:]
                break
        if not best:
            # 鼓楼区 alone before 司法局: a county's name several cities' bear, which no
            # chain reads (which city is not certain), is its area as written all the same
            best = _county_many_bear(left)
        if not best or (level_word and not best.endswith(level_word)):
            continue
        end = start + len(form)
        if _cites(left[: len(left) - len(best)], text, end) or _cited(text, end):
            continue  # 按照福州市财政局的部署, 与宁波市人民政府办公室联合: another body
        if _beside_self(text, start - len(best), end):
            continue  # 温州市财政局对我局…进行了督查: another body than the report's 我局
        found.add((best, form))
    return found


# A year and the disclosure topic right after a name, as a document's title writes them
# (福州市人民政府办公室2023年政务公开工作要点; not 2023年共收到政府信息公开申请).
_YEAR_TOPIC = re.compile(r"\s*20\d\d\s*年度?(?:上半年|下半年)?(?:政府信息公开|政务公开|信息公开)")


def _county_many_bear(left: str) -> str:
    """The county name ``left`` ends with when several cities' counties bear it (鼓楼区),
    else ''."""
    gaz = gazetteer()
    for i in range(max(0, len(left) - _LONGEST_COUNTY), len(left) - 1):
        found = gaz.by_name.get(left[i:], [])
        if len(found) > 1 and all(d.level == "county" for d in found):
            return left[i:]
    return ""


def _beside_self(text: str, start: int, end: int) -> bool:
    """Whether the sentence of a name (``text[start:end]``) also names the report's body by
    its own word (我局, 本委…): the name is then another party to what the sentence says
    (温州市财政局对我局开展督查, 我局参加温州市财政局组织的培训), unless the sentence is a
    contact line (请与我局（温州市财政局办公室）联系) or the name is quoted, a platform's
    (我镇…“融安县板榄镇”公众号558篇: the real excerpts' r160) or a document's title (我局…
    《随州市市场监督管理局政府信息公开审核发布制度》: r014, its own rules), or the sentence
    gives the report's word for itself to the name (福清市财政局（以下简称我局）, 我局（福清市
    财政局）)."""
    if text[start - 1 : start] in _OPEN_QUOTES or _ALIAS_AFTER.match(text, end):
        return False
    words = _words()
    if text[start - 1 : start] in "（(" and any(
        p.search(text, max(0, start - 5), start - 1) for p in words.self_words
    ):
        return False  # 我局（福清市财政局）: the report's own name in brackets
    lo = max(text.rfind(c, 0, start) for c in _SENTENCE_ENDS) + 1
    his = [text.find(c, end) for c in _SENTENCE_ENDS]
    hi = min((h for h in his if h >= 0), default=len(text))
    sentence = text[lo:start] + "\0" + text[end:hi]
    if any(w in sentence for w in words.cited_contact):
        return False
    return any(p.search(sentence) for p in words.self_words)


_SENTENCE_ENDS = "。！？；;\n"
# (the longest county name written alone that :func:`_areas_before` looks back for)
_LONGEST_COUNTY = 12
_OPEN_QUOTES = "“\"「『‘'《〈"
# 福清市财政局（以下简称我局）: the name the report gives itself
_ALIAS_AFTER = re.compile(r"\s*[（(]\s*(?:以下)?简称")


def _cites(before: str, text: str, end: int) -> bool:
    """Whether the words right before a name (``before``; the name ends at ``end`` of
    ``text``) make it another body than the report's: one the report follows, reports to
    or works with (按照, 根据, 与, 向…; data/agency.json ``cited_before``), a quote or
    book-title mark between them. Not in a contact line (可直接与厦门市思明区统计局联系:
    the report's own body, ``contact``)."""
    words = _words()
    before = before.rstrip(_QUOTES)
    for prefix in words.party_prefix:
        if before.endswith(prefix):
            # 指导中共泰顺县委社会工作部: the party's name opens the body's (red27 r11)
            before = before[: len(before) - len(prefix)]
            break
    if not before.endswith(words.cited_before):
        return False
    clause = _CLAUSE.match(text, end)
    return clause is None or not any(w in clause.group() for w in words.cited_contact)


# The rest of a sentence after a name, as far as a contact line's verb can be (…办公室
# （地址：…；电话：…）联系).
_CLAUSE = re.compile(r"[^。\n]{0,80}")


_QUOTES = ' \u3000《“"「『'


def _cited(text: str, end: int) -> bool:
    """Whether the words right after a name make it another body than the report's: one
    whose lead or deployment the report follows (在福州市财政局的指导下, …印发的文件;
    data/agency.json ``cited_before`` ``after``), unless a contact line's (请与…联系), or the
    issuer of another document on the same work (福州市人民政府办公室2023年政务公开工作要点:
    a year, the topic and a plan's word, ``documents``; a title wrapped before 年度报告 is
    none)."""
    words = _words()
    if text.startswith(words.cited_after, end):
        return True
    topic = _YEAR_TOPIC.match(text, end)
    return topic is not None and words.cited_documents.match(text, topic.end()) is not None


# An abbreviated agency word keeps its characters in order and drops some (人力社保局 of
# 人力资源和社会保障局, 住建局 of 住房和城乡建设局): at most this many between two kept.
_DROPPED_REACH = 4


def _expansions(prefix: str, short: str, text: str) -> set[str]:
    """``prefix`` + the full forms the document writes of the agency word ``short``
    (人力社保局 → 人力资源和社会保障局 after 南湖区), for a word no table lists.

    A full form keeps the short word's characters in order, drops characters in at
    least two places (财政国库支付局 and 教育体育局 drop in one: other bodies than a
    财政局 or 教育局, not their full names) and ends where it does, 委 with its 员会."""
    if len(short) < 3 or not short.endswith(_words().heads):
        return set()
    # What re.finditer finds with prefix + short[0] + ([\u4e00-\u9fff]{0,4}?) before each
    # later character (+ (?:员会)? after 委), read without the pattern: compiling it took
    # ~5 ms (its character ranges), for a pattern new with each agency, i.e. with each
    # document a batch has not seen (2.9 ms a generated report on average).
    head = prefix + short[0]
    council = short.endswith("委")
    found: set[str] = set()
    at = text.find(head)
    while at >= 0:
        match = _gapped(text, at + len(head), short[1:])
        if match is None:
            at = text.find(head, at + 1)
            continue
        end, dropped = match
        if council and text.startswith("员会", end):
            end += 2
        if dropped >= 2:
            found.add(text[at:end])
        at = text.find(head, end)
    return found


def _gapped(text: str, at: int, rest: str) -> tuple[int, int] | None:
    """Where ``rest``'s characters, each after at most _DROPPED_REACH Han characters,
    end when read from ``at``, and in how many places characters came between: the
    first way a backtracking match with lazy gaps finds (fewest characters in the first
    gap, then in the second...); None if there is none. A place and character already
    known to lead nowhere is not tried again (the same answer, without the
    exponential walk)."""
    # the places known to lead nowhere, a byte each: the m-th character is looked for
    # at most m * (_DROPPED_REACH + 1) after ``at``
    dead = bytearray((len(rest) * (_DROPPED_REACH + 1) + 1) * len(rest))
    return _walk(text, at, rest, dead, at, 0)


def _walk(text: str, at: int, rest: str, dead: bytearray, j: int, m: int) -> tuple[int, int] | None:
    """:func:`_gapped` from ``text[j]`` on, ``rest[m]`` the next character looked for.
    (A function of its own, not a closure calling itself: such a closure is a cycle,
    left for the garbage collector, ~400 bytes a call.)"""
    if m == len(rest):
        return j, 0
    seen = (j - at) * len(rest) + m
    if dead[seen]:
        return None
    char, size = rest[m], len(text)
    for gap in range(_DROPPED_REACH + 1):
        k = j + gap
        if gap and not (k <= size and "\u4e00" <= text[k - 1] <= "\u9fff"):
            break
        if k < size and text[k] == char:
            found = _walk(text, at, rest, dead, k + 1, m + 1)
            if found is not None:
                return found[0], found[1] + (gap > 0)
    dead[seen] = 1
    return None


def _occurrences(text: str, forms: Iterable[str]) -> Iterator[tuple[int, str]]:
    """(start, form) of each match of ``re.finditer`` with the alternation of
    ``forms`` (non-empty literals, longest first), found with ``str.find``: the
    forms change with every name, and compiling a pattern costs more than the search."""
    following = {form: text.find(form) for form in forms}
    while True:
        # leftmost first; at one start the longest form (two forms of one
        # length cannot both start there)
        start, form = min(
            ((at, form) for form, at in following.items() if at >= 0),
            key=lambda item: (item[0], -len(item[1])),
            default=(-1, ""),
        )
        if start < 0:
            return
        yield start, form
        end = start + len(form)
        for other, at in following.items():
            if 0 <= at < end:
                following[other] = text.find(other, end)


def _describe(
    name: str, text: str, sites: Sequence[str] = ()
) -> tuple[str | None, Region | None, str | None, str | None, list[str]]:
    """Canonical name, region, level and kind of an agency name as written."""
    words = _words()
    warnings: list[str] = []
    # One body, one name: its second name (…局（…知识产权局）) stays in agency_as_written.
    name = _without_second_name(name)
    if name in words.titled_governments:
        # 市政府 in a title (see _agency): 市人民政府, whose area the document restores
        return _describe(words.titled_governments[name], text, sites)
    name = _without_state(name)  # 中华人民共和国宁波海关 is 宁波海关, its usual name
    # 国家发展改革委 is 国家发展和改革委员会 (its official short form, or as the text writes it)
    name = _national_written_out(name, text) or _national_full(name)
    if words.bracketed_zone.match(name):
        # 中国（上海）自由贸易试验区临港新片区管理委员会: complete, of its bracket's province
        # (full-width brackets, as the state writes the zone's name); no national body
        province = _bracketed_zone(name)
        full_width = name.replace("(", "（").replace(")", "）")
        return full_width, _region([province]) if province else None, None, "department", warnings
    party = _party_prefix(name)
    if party:
        # 中共南通市委网信办: a body the area's party committee runs, of the area's level;
        # never the area's government (its 办公室 is the 县委's: a department here)
        own, region, level, _, more = _describe(name[len(party) :], text, sites)
        if own is not None and not own.startswith(words.party_prefix):
            own = party + own  # (a party department's name may have taken it: _party_department)
        return own, region, level, "department", more
    if _is_national(name):
        # 中国科学技术大学: a university, whose name does not tell who runs it (not 中国科学院)
        unlevelled = name.endswith(words.unlevelled) and not name.endswith(words.academies)
        kind = "government" if name in words.national_government else "department"
        return name, None, None if unlevelled else "national", kind, warnings
    if name.startswith(("国家", "中国")) and _regional(name) and not _branch_parts(name):
        # 中国民用航空华东地区管理局: a central body's region, which is no division
        return name, None, None, "department", warnings
    sent = _under_ministry(name, text)
    if sent is not None:
        # 水利部长江水利委员会: a ministry's body of no area and of no level of its own
        return sent, None, None, "department", warnings
    # (asked for only when an agency's first division name is ambiguous)
    context = cache(partial(_context_codes, text))
    parts = _branch_parts(name)
    if parts is None:
        # 德清监管支局 (a county's 监管支局, meta25 z13 null): a branch written without its
        # parent whose place is a division's short name, which no chain of full names reads,
        # is the branch the document writes whole (国家金融监督管理总局德清监管支局). Not the
        # one parent of its word alone: 德清税务局 would be 国家税务总局德清税务局, a name the
        # bureau (德清县税务局) does not bear.
        parented = next((p + name for p in words.branches if p + name in text), name)
        whole = _branch_parts(parented) if parented != name else None
        if whole is not None and _place_chain(whole[1], context):
            name, parts = parented, whole
    if parts is not None:
        # 国家税务总局北京市海淀区税务局: the branch of the place; canonical as written
        place = _place_chain(parts[1], context)
        if not place:
            warnings.append(f"metadata.region_unknown: no division is named {parts[1]!r}")
            return name, None, None, "department", warnings
        return name, _region([d for d, _ in place]), place[-1][0].level, "department", warnings
    if name.startswith(words.corps_short) and len(name) > len(words.corps_short) + 1:
        name = words.corps + name[len(words.corps_short) :]  # 兵团民政局 (meta23 x20)
    if name.startswith(words.corps):
        # The Corps is no division: its bodies are in Xinjiang, at no listed level.
        gaz = gazetteer()
        xinjiang = Region(gaz.name_of(words.corps_code), None, None, words.corps_code)
        return name, xinjiang, None, "department", warnings
    size, chain = _chain(name, context)
    inside = _named_after_another(name, text, chain[0]) if chain else None
    if inside is not None:
        # 杭州湾新区管委会 in the title, 宁波杭州湾新区管理委员会 in the opening (meta23 x11:
        # read as 杭州市's): the short form is a word of the body's own name
        return _describe(inside, text, sites)
    misplaced = None if chain else _misplaced_division(name)
    if misplaced is not None:
        # 论州市运河区交通运输局 (an OCR's 沧→论): a city no division bears before a district
        # of another city is a misread or a spam's tail; which body, not certain.
        warnings.append(
            f"metadata.agency_partial: {name!r} opens with an area no division bears before"
            f" {misplaced!r}, which is another area's; agency left null"
        )
        return None, None, None, None, warnings
    canonical: str | None = name
    new_area = _new_area_committee(name)
    if new_area is not None:
        # 湘江新区管委会: the one committee of a state-level new area, by its whole name
        return _describe(new_area, text, sites)
    if chain and name[size:] == "分局":
        # 龙湾区分局 (meta28 d07 read it as the district's own body): an area and 分局 alone
        # name no bureau: the whole name the document writes (温州市公安局龙湾区分局); else,
        # with its district alone, none. (成都市武侯区分局, its city written, is read as
        # written, as before.)
        whole_branch = _bureau_branch(name, text)
        if whole_branch is not None:
            return _describe(whole_branch, text, sites)
        if len(chain) == 1 and chain[0][0].level == "county":
            warnings.append(
                f"metadata.agency_partial: {name!r} names no bureau whose branch it is, and the"
                " document does not write its whole name; agency left null"
            )
            return None, None, None, None, warnings
    if chain and chain[0][0].level == "county" and not chain[0][0].name.endswith("市"):
        # 鼓楼区司法局 in the heading, 福州市鼓楼区司法局 in the contact line: a
        # district's or county's name with its city, where the document writes it
        # so (a county-level city, 如皋市, is named alone as often as not).
        restored = _restore(name, text)
        if restored is not None:
            size_r, chain_r = _chain(restored, context)
            if len(chain_r) > len(chain) and chain_r[-1][0].code == chain[-1][0].code:
                canonical, size, chain = restored, size_r, chain_r
    if not chain:
        restored = (
            _bureau_branch(name, text)
            or _restore(name, text)
            or _site_area(name, sites, text)
            or _zone_of_city(name, text)
            or _zone_of_site(name, sites, text)
            or _host_area(name, text)
        )
        if restored is not None:
            canonical = restored
            size, chain = _chain(canonical, context)
    level_word = _level_word(name)
    if not chain and canonical == name:
        # 由广西壮族自治区北部湾经济区规划建设管理办公室(以下简称自治区北部湾办)编制.
        # The pattern tries every position of the text: first the cheap test that
        # its literal tail (简称, a quote or not, the name) is written at all.
        named = any(f"简称{q}{name}" in text for q in ("", *_ALIAS_QUOTES))
        alias = re.search(_ALIAS + re.escape(name), text) if named else None
        full = _clean_agency(alias["full"])[0] if alias else None
        if full is not None and _chain(full, context)[1]:
            canonical = full
            size, chain = _chain(canonical, context)
    # 拱北海关: a customs district is named by no division, and is complete
    vertical = next((w for w in words.vertical if name.endswith(w)), None)
    complete = not level_word and vertical is not None and len(name) - len(vertical) >= 2
    # 井冈山经济技术开发区管理委员会: a zone's own name before its written-out zone word
    # (longer than _AREA_WORD reaches; 井冈山经开区管委会 it reads) is complete.
    complete = complete or (not level_word and _zone_named(name, own=2))
    # 和田民政局: a short form a prefecture and its seat city share (see _chain): the body
    # as written, its area not certain (as 鼓楼区 alone)
    complete = complete or (
        not level_word and not chain and _seat_shares(gazetteer().match_at(name, 0, short=True)[1])
    )
    if not chain and canonical == name and not level_word:
        # 湘江新区管委会 in the title, 湖南湘江新区管理委员会 in the preamble: a named
        # zone's or area's committee is written in full after its area's name, short as
        # zones' names have it (湖南, 杭州), which no chain of full names reads.
        committee = _committee_after_area(name, text)
        if committee is not None:
            canonical, area = committee
            size, chain = _chain(area, context)
            size = len(area) if chain else 0
    if not chain and canonical == name and not complete and (level_word or not _area_word(name)):
        # 市财政局, 卫生健康委员会: which area's is not written anywhere.
        warnings.append(
            f"metadata.agency_partial: {name!r} names no area and the document"
            " does not restore it; agency left null"
        )
        canonical = None
    if chain and canonical is not None:
        # A county's short form under its parent is written out (威海市文登 → 文登区),
        # and so is a customary form (海西州 → 海西蒙古族藏族自治州): one agency, one name.
        gaz = gazetteer()
        # (not a city bureau's 派出 body, whose name holds the county's short form:
        # 苏州市吴江生态环境局 is no 吴江区's bureau)
        dispatched = len(chain) > 1 and canonical[size:] in words.dispatched_short
        full = "".join(
            d.name if (d.level == "county" and not dispatched) or text in gaz.customary else text
            for d, text in chain
        )
        if _zone_named(canonical[size:]):
            # 天津滨海高新技术产业开发区, 南京江宁经济技术开发区: the zone's proper name
            # holds the short form; the name is written in full, not rewritten
            # (天津滨海新区高新… is no body's name).
            full = canonical[:size]
        canonical = full + canonical[size:]
        size = len(full)
    rest = (canonical or name)[size:]
    branch = _branch_area((canonical or name)[:size], rest, chain, context) if chain else None
    region = _region([d for d, _ in branch or chain]) if chain else None
    level = None
    township = _TOWNSHIP.match(rest)
    # An area under the last listed one (兰州新区, 益阳市大通湖区; 临夏州临夏, of
    # 临夏市 or 临夏县): level unknown.
    sub_area = _area_word(rest)
    sub_end = sub_area.end() if sub_area else _shared_county(rest, chain)
    if branch:
        level = branch[-1][0].level
    elif township:
        level = "street" if township.group().endswith("街道") else "township"
        rest = rest[township.end() :]
    elif chain and re.search(r"[区县市旗]分局$", rest):
        level = "county"  # 杭州市公安局滨江区分局: a district's branch of a city bureau
    elif chain and not sub_end:
        level = chain[-1][0].level
    elif not chain and level_word:
        level = words.level_words[level_word]
        level = None if level == "unknown" else level
        rest = rest[len(level_word) :]
    elif sub_end:
        rest = rest[sub_end:]  # 朝阳区人民政府 (which 朝阳区 is unknown)
    if not chain and sub_area is not None and _county_of_many(sub_area.group()):
        # 鼓楼区 alone is a district of four cities: which one is not certain (no
        # province, city or code), but that it is a county-level 鼓楼区 is.
        region = Region(None, None, sub_area.group(), None)
        level = level or "county"
    if rest.endswith(words.vertical) or rest.endswith(words.unlevelled):
        level = None  # 南京海关 covers no administrative area's level; 厦门大学 is not the city's
    kind = "government" if rest in words.government_tails else "department"
    if (
        canonical is not None
        and rest in ("", "政府", "人民政府")
        and canonical[: len(canonical) - len(rest)].endswith(words.zones)
        # a zone the gazetteer lists as a division is a zone still when no people's
        # government runs it (苏州工业园区); 浦东新区 is a district
        and not (
            chain
            and size == len(canonical) - len(rest)
            and chain[-1][0].name not in words.zone_divisions
        )
    ):
        # 成都高新区 alone: a zone, which no people's government runs; its
        # 管理委员会, where the document names it (来源：成都高新技术产业开发区管理委员会).
        zone = canonical[: len(canonical) - len(rest)]
        forms = [_spelled_out(zone + tail, text) for tail in ("管委会", "管理委员会")]
        written = [f for f in forms if f in text]
        if not written:
            # 西咸新区 in the title, 陕西省西咸新区开发建设管理委员会 in 发布机构: the
            # committee's name with a few words of its charge between (one such name).
            committees: set[str] = set()
            for m in _ZONE_COMMITTEE.finditer(text):
                if m["zone"].endswith(zone):  # (the run may start before the zone's name)
                    committees.add(m["name"][len(m["zone"]) - len(zone) :])
                elif zone.endswith(m["zone"]):
                    committees.add(m["name"])
            written = list(committees) if len(committees) == 1 else []
        canonical = max(written, key=len) if written else None
        kind = "department"
        if canonical is None:
            warnings.append(
                f"metadata.agency_partial: {name!r} names a zone, whose administrative"
                " committee the document does not name; agency left null"
            )
        return canonical, region, None, kind, warnings
    if canonical is not None and rest in words.government_full:
        # 唐村镇政府 = 唐村镇人民政府; 长阳县政府办公室 = 长阳土家族自治县人民政府办公室
        canonical = canonical[: -len(rest)] + words.government_full[rest]
    if canonical is not None and rest == "" and kind == "government":
        # A report titled with its area alone (合江县, 田黄镇) is its government's.
        canonical += "办事处" if canonical.endswith("街道") else "人民政府"
    if canonical is not None and chain and kind == "department":
        # 嘉兴市南湖区人力社保局 in the title, 南湖区人力资源和社会保障局 in the preamble:
        # a short agency word no table lists, written out as the document writes it.
        word = canonical[size:]
        if not word.endswith(tuple(s for s, _ in words.abbreviations)):
            last = chain[-1][0].name
            fulls = {f[len(last) :] for f in _expansions(last, word, text)}
            if len(fulls) == 1:
                canonical = canonical[:size] + fulls.pop()
    department = (canonical or "")[size:].removeprefix(words.party_committee)
    if canonical is not None and chain and department in words.party_departments:
        # 县社会工作部 in the title, 中共泰顺县委社会工作部 in the preamble: a department of
        # the area's party committee, named with its 委 (泰顺县社会工作部 is no body's name;
        # meta26 b19). As the document writes it, else null.
        canonical = _party_department(canonical[:size], department, text)
        if canonical is None:
            warnings.append(
                f"metadata.agency_partial: {name!r} is a party committee's department the"
                " document does not name with its committee; agency left null"
            )
        return canonical, region, level, "department", warnings
    if canonical is not None and chain:
        area = canonical[:size]
        canonical = _with_parent(_spelled_out(canonical, text), text)
        if kind == "department" and canonical.startswith(area):
            canonical = _seal_name(area, canonical[len(area) :], text)
    if canonical is not None:
        # The canonical name spells its agency word out (黄石港区文旅局 →
        # 黄石港区文化和旅游局), so that both forms of one agency agree.
        short = next((s for s, _ in words.abbreviations if canonical.endswith(s)), None)
        if short is not None:
            canonical = canonical[: -len(short)] + dict(words.abbreviations)[short]
    return canonical, region, level, kind, warnings


# A zone's committee named with the words of its charge (西咸新区开发建设管理委员会):
# the zone's own name, at most six characters of charge that name no other body
# (中共…工作委员会, 党工委, an office), 管理委员会 or 管委会.
_ZONE_COMMITTEE = re.compile(
    r"(?P<name>(?P<zone>[\u4e00-\u9fff]{2,12}?(?:新区|开发区|园区|高新区|经开区))"
    r"(?:(?![委党办])[\u4e00-\u9fff]){1,6}?(?:管理委员会|管委会))"
)


def _misplaced_division(name: str) -> str | None:
    """The division right after ``name``'s opening province or city word when the
    gazetteer knows no area of that word and places the division under another
    (论州市 + 运河区, which is 沧州市's): a misread name, not an area of its own. None
    where the opening word is known, no known division follows it (a made-up 东江省 +
    自然资源厅), or the division's province or city bears the word."""
    gaz = gazetteer()
    m = _area_word(name)
    if m is None or m.group()[-1] not in "省市州盟" or gaz.match_at(name, 0)[0]:
        return None
    if gaz.match_at(name, 0, short=True)[0]:
        return None  # 威海市文登 reads from its start; a short form is a place
    size, found = gaz.match_at(name, m.end())
    if not size:
        return None
    word = m.group()
    parents = {gaz.name_of(code) for d in found for code in (d.city_code, d.province_code)}
    return None if word in parents else name[m.end() : m.end() + size]


def _zone_named(rest: str, own: int = 0) -> bool:
    """Whether ``rest`` opens with a zone's name (高新技术产业开发区…, 滨江经济开发区…,
    井冈山经济技术开发区…): at least ``own`` and at most 6 characters of its own, no
    agency's word among them, then a zone word, short or written out (管理委员会 is
    the committee's word, no zone's: 城市管理委员会 is no zone)."""
    words = _words()
    fulls = (f for short, forms in words.spelled_out if short in words.zones for f in forms)
    for end in (*words.zones, *fulls):
        at = rest.find(end)
        if own <= at <= 6 and not _AGENCY_IN_AREA.search(rest, 0, at):
            return True
    return False


def _spelled_out(name: str, text: str) -> str:
    """``name`` with its short zone words written out as the document itself writes
    the name (长春经开区管委会 → 长春经济技术开发区管理委员会), else ``name``; a short
    word the document writes out two ways is left short."""
    pairs = [(short, fulls) for short, fulls in _words().spelled_out if short in name]
    if not pairs:
        return name
    found: list[tuple[str, tuple[str | None, ...]]] = []
    for choice in product(*[(None, *fulls) for _, fulls in pairs]):
        form = name
        for (short, _), full in zip(pairs, choice, strict=True):
            form = form if full is None else form.replace(short, full)
        if form != name and form in text:
            found.append((form, choice))
    for i in range(len(pairs)):
        if len({c[i] for _, c in found if c[i] is not None}) > 1:
            return name
    return max((f for f, _ in found), key=len, default=name)


def _seal_name(area: str, own: str, text: str) -> str:
    """A body's name (area + ``own``: 绍兴市 + 国资委) as the document writes it with its
    government between the area and its own words (绍兴市人民政府国有资产监督管理委员会, the
    name on its seal: a body the government runs directly), ``own`` as written or spelled
    out (``spelled_out``); the longest such form, else ``area + own``. The same body: the
    area and its own words are the name's, 人民政府 only says whose it is."""
    if own.startswith(("人民政府", "政府")):
        return area + own
    written = [f for f in _own_forms(own) if f"{area}人民政府{f}" in text]
    return f"{area}人民政府{max(written, key=len)}" if written else area + own


def _own_forms(own: str) -> set[str]:
    """A body's own words as written and with each short word spelled out (国资委,
    国有资产监督管理委员会)."""
    return {own} | {
        own.replace(short, full)
        for short, fulls in _words().spelled_out
        if short in own
        for full in fulls
    }


def _county_of_many(name: str) -> bool:
    """Whether ``name`` is the full name of several current counties and of nothing
    else (鼓楼区; not 东乡县, a former county's name and another's customary one)."""
    return gazetteer().county_of_many(name)


def _shared_county(rest: str, chain: list[tuple[Division, str]]) -> int:
    """The length of a county's short form that ``rest`` opens with, where several
    counties of the city before it answer to it (临夏州 + 临夏人民政府); else 0."""
    if not chain or chain[-1][0].level != "city":
        return 0
    size, found = gazetteer().match_at(rest, 0, short=True)
    prefix = chain[-1][0].code[:4]
    return size if len({d.code for d in found if d.code.startswith(prefix)}) > 1 else 0


# <bureau><place>分局 after an area: the bureau's branch for a place under that area.
_PLACE_BRANCH = re.compile(r".+(?:局|委员会|委)(?P<place>[\u4e00-\u9fff]{2,8})分局")


def _branch_area(
    prefix: str, rest: str, chain: list[tuple[Division, str]], context: _Context
) -> list[tuple[Division, str]] | None:
    """The divisions of a bureau's branch named for a place under the bureau's area
    (佛山市 + 公安局禅城分局 → 佛山市 › 禅城区; 北京市 + 规划和自然资源委员会海淀分局):
    the branch serves that district, which is its region and level. None when the
    place is not one division under the area (交通警察分局, 高新分局)."""
    m = _PLACE_BRANCH.fullmatch(rest)
    if m is None:
        return None
    probe = prefix + m["place"]
    size, found = _chain(probe, context)
    return found if size == len(probe) and len(found) == len(chain) + 1 else None


def _region(chain: list[Division]) -> Region:
    gaz = gazetteer()
    last = chain[-1]
    province = gaz.name_of(last.province_code)
    city = gaz.name_of(last.city_code) if last.level != "province" else None
    if city == province:
        city = None
    county = last.name if last.level == "county" else None
    return Region(province, city, county, last.code)
