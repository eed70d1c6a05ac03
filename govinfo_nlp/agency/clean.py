"""A candidate name cleaned to an agency's name (:func:`_clean_agency`): leading verbs,
fragments, a second name in brackets and spam cut; :func:`reads_as_agency` says whether a
string reads as one."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer import Division, gazetteer
from ..noise import spam_matches
from .places import _AREA_GOES_ON, _TOWN_END
from .words import _words

_AREA_WORD = re.compile(
    r"^[\u4e00-\u9fff]{1,8}?(?:省|(?<!城)市|区|县|州|盟|旗|镇|(?<!城)乡(?!村|镇)|街道|苏木|产业园|工业园)"
    + _AREA_GOES_ON
)


# An agency word before the area word (公安局船山区分局: the city's name dropped).
_AGENCY_IN_AREA = re.compile(r"[局委厅办院署]")


def _area_word(name: str) -> re.Match[str] | None:
    m = _AREA_WORD.match(name)
    return None if m is None or _AGENCY_IN_AREA.search(m.group()) else m


# The longest province or city name with its 省/市 (乌鲁木齐市, 图木舒克市: 5): a longer
# word that opens a name and that no division bears is no area.
_LONGEST_AREA = 5


def _spam_area(word: str) -> bool:
    """Whether an area word that opens a name is a province or city no division
    bears (体育官网市), not 市市场… (the level word), not one holding a division
    (中国人民银行湖州市分行), nor a township's or a zone's (which the gazetteer
    does not list)."""
    proper = word[:-1]
    if word[-1] not in "省市" or len(proper) < 2 or any(c in _AREA_CHARS for c in proper):
        return False
    gaz = gazetteer()
    return not any(
        gaz.match_at(word, pos)[0] or gaz.match_at(word, pos, short=True)[0]
        for pos in range(len(proper))
    )


# A township's or street's own name after its county's (镇雄县 + 以勒镇).
_TOWN_NAME = re.compile(rf"[\u4e00-\u9fff]{{2,4}}?(?:{_TOWN_END}|苏木|街道)")


def _clean_agency(
    candidate: str, after_spam: bool = False, title: bool = False
) -> tuple[str | None, str | None]:
    """A name read from a cue, with sentence text and spam cut; (name, spam).

    ``after_spam``: spam stands right before the candidate on its line. ``title``: the
    cue is the report's own title line, where a company's name is one (title_heads).
    """
    words = _words()
    candidate = "".join(candidate.split())
    candidate = re.sub(r"[(（]以下简称.*$", "", candidate)
    # 淳安县财政局关于2022年度…情况的报告: the name before 关于 (a leading verb, which
    # would cut everything before it)
    candidate = re.sub(r"(?<=[\u4e00-\u9fff])关于$", "", candidate)
    spam = None
    matches = spam_matches(candidate)
    if matches:
        last = matches[-1]
        # Spam replaced the area (365体育备用网址自然资源和规划局): keep what follows it.
        spam = candidate[: last.end()]
        candidate = candidate[last.end() :].lstrip(",，、_¥$ ")
        after_spam = True
    # (on the candidate with its name words blanked: 由 of 自由贸易试验区 is no verb)
    lead = words.leading.match(words.name_words.sub(lambda w: "□" * len(w[0]), candidate))
    candidate = candidate[lead.end() if lead else 0 :].strip(" 《》|")
    # After spam, a province or city no division bears is what the spam left of
    # the one it replaced (365体育官网市人社局, where the spam list knows 365体育);
    # with no spam seen, one longer than any division's name is spam the list
    # does not know (皇冠体育官网市…; a fictitious 东江省 of a made-up report is no spam).
    area = _area_word(candidate)
    if (
        area is not None
        and (after_spam or len(area.group()) > _LONGEST_AREA)
        and _spam_area(area.group())
    ):
        return None, spam
    candidate = _balanced(candidate)
    candidate = re.sub(r"^(?:的|了)", "", candidate)
    central = _central_start(candidate)
    # A central body's branch (国家税务总局北京市…) or the Corps keeps its name
    # whole: the division inside it is not where the name starts.
    # 中国（上海市）自由贸易试验区…: the division in the bracket is the zone's, inside its name
    if central >= 0:
        candidate = candidate[central:]
    elif _bracketed_zone(candidate) is None:
        candidate = _from_first_division(candidate, after_spam)
    # A bureau's own office compiles its report (由…水利局办公室编制): the bureau.
    # (not a 行政公署's (行署's) 办公室: its general office, a body of its own)
    # (nor a party committee's: 中共安吉县委办公室 is the 县委's office, not a 委's)
    # (a 联合社's, 联合会's or 档案馆's office likewise: meta23 x29)
    if not _committee_office(candidate):
        candidate = re.sub(
            r"(?:(?<=[局委厅署院社馆])|(?<=联合会))(?<![公行]署)办公室$", "", candidate
        )
    if (
        not 2 <= len(candidate) <= 40
        or candidate in words.generic
        # 本局, 全县…; not 本溪市, 全椒县
        or (
            candidate.startswith(("我", "本", "各", "全", "该"))
            and not gazetteer().match_at(candidate, 0)[0]
        )
        or words.fragments.search(
            words.name_words.sub(
                lambda w: "□" * len(w[0]), _without_division_names(_without_state(candidate))
            )
        )
    ):
        return None, spam
    if _without_second_name(candidate).endswith(words.heads) or _branch_parts(candidate):
        return candidate, spam
    if candidate.startswith(words.corps) and candidate.endswith(words.corps_heads):
        return candidate, spam
    if candidate.endswith(words.ministry) and _is_national(_without_state(candidate)):
        return candidate, spam
    if candidate in words.national or candidate in words.national_short:
        return candidate, spam  # 审计署, 中国人民银行: a listed body ends as it does
    if title and candidate.endswith(words.title_heads):
        return candidate, spam  # 苏州市公共交通有限公司2022年度信息公开工作年度报告
    return None, spam


def _without_state(name: str) -> str:
    """A vertical body's or a ministry's name without the state's name it opens with
    (中华人民共和国宁波海关 → 宁波海关, 中华人民共和国商务部 → 商务部: 共 of 共和国 is no
    fragment there); any other name as it is (《中华人民共和国政府信息公开条例》 stays a
    fragment)."""
    words = _words()
    rest = name.removeprefix(words.state_prefix)
    if rest == name:
        return name
    # (a ministry too: 中华人民共和国商务部 heads its own page as often as 商务部; meta22 w35
    # read the <title>'s 商务部 as written, the heading giving no name)
    ministry = rest.endswith(words.ministry) and _is_national(rest)
    return rest if rest.endswith(words.vertical) or ministry else name


def reads_as_agency(name: str) -> bool:
    """Whether this stage reads ``name`` whole as an agency's name as written: no spam,
    no sentence text around it, an agency's ending (市卫健委; not 365体育官网市人社局)."""
    compact = "".join(name.split())
    return _clean_agency(compact) == (compact, None)


# An agency with a second name in brackets after its own (丽江市市场监督管理局
# （丽江市知识产权局）: one body under two names).
_SECOND_NAME = re.compile(r"(?<=[\u4e00-\u9fff])[(（](?P<inner>[\u4e00-\u9fff]{2,30})[)）]$")


# 晋城市行政审批服务管理局（挂晋城市政务服务中心牌子）: the second name as a plaque.
_PLAQUE = re.compile(r"^(?:加挂|挂)(?P<inner>[\u4e00-\u9fff]{2,26})牌子$")


def _without_second_name(name: str) -> str:
    """``name`` without a bracketed second name of the same body after it (…局（…知识
    产权局）, …局（挂…中心牌子）); of a party body's and a state body's names of one
    office (合署, 两块牌子), in either order, the state body's (中共江山市委宣传部（江山市
    新闻出版局） → 江山市新闻出版局; 九江市新闻出版局（中共九江市委宣传部） → 九江市新闻出版局):
    docs/schema.md §1, since session 29."""
    m = _SECOND_NAME.search(name)
    if m is None:
        return name
    plaque = _PLAQUE.match(m["inner"])
    inner = plaque["inner"] if plaque else m["inner"]
    first = name[: m.start()]
    # (the state name opening with the party name's own area, as _written_plaque asks:
    # 中共于都县委办公室（简称县委办） is a short name, not a plaque, and was read as the agency
    # 简称县委办; （县委办） gave 于都县委办: red29 p06's kind in a title)
    if _party_body(first) and _state_body(inner) and _area_of(first) == _area_of(inner):
        return inner
    if _party_body(inner) and _same_area(first, inner):
        return first
    if not inner.endswith(_words().heads):
        return name
    return first


def _written_plaque(name: str, text: str) -> str | None:
    """The state body's name the document writes in brackets after ``name``, a party
    body's (中共厦门市委网络安全和信息化委员会办公室（厦门市互联网信息办公室） in the
    preamble of a report titled by the party name alone: meta29 a07, meta20 u32), where
    it writes one such name only; else None. Only the bracket says one office: a name
    beside it (、, a space) may be another body the report cites."""
    if not _party_body(name):
        return None
    # (the bracket's name opening with the party name's own area: 中共于都县委办公室（以下
    # 简称县委办） is a short name, not a plaque, and was read as the agency 以下简称县委办,
    # red29 p06; a name without its area is not certainly this area's body)
    # (one name in the bracket: two joined, （宣城市新闻出版局、宣城市版权局）, were read as
    # one agency of both names, red30 m01; which of them the report is titled by is not
    # told. Not a bracket right before the contact line's verb: 请与中共宣城市委宣传部（宣城市
    # 政务服务中心）联系 names where to turn, and was read as the agency, red30 m03)
    contact = _words().cited_contact
    found = {
        inner
        for m in re.finditer(
            re.escape(name) + r"\s*[(（](?P<inner>[^()（）\s、，,；;]{2,40})[)）]", text
        )
        if (inner := _plaque_name(m["inner"]))
        and _state_body(inner)
        and _area_of(name) != ""
        and _area_of(name) == _area_of(inner)
        and not text.startswith(contact, m.end())
    }
    return found.pop() if len(found) == 1 else None


def _plaque_name(inner: str) -> str:
    """A bracket's name, read out of a plaque's words (挂…牌子)."""
    plaque = _PLAQUE.match(inner)
    return plaque["inner"] if plaque else inner


def _party_body(name: str) -> bool:
    """Whether ``name`` is a body of an area's party committee (中共赣州市委组织部,
    九江市委宣传部, 中共晋江市纪律检查委员会): the party's name and/or the area, then the
    committee's 委 or the 纪律检查委员会, then the body's own words."""
    start = len(_party_prefix(name)) or next(
        (len(p) for p in _words().party_prefix if name.startswith(p)), 0
    )
    end = _divisions_end(name, start)
    if end == start or end >= len(name) - 1:
        return False
    return name.startswith((_words().party_committee, "纪律检查委员会", "纪委"), end)


def _state_body(name: str) -> bool:
    """Whether ``name`` reads as a state body's name (ends as an agency does; no party
    committee's nor a CPPCC committee's body)."""
    return (
        not _party_body(name)
        and not name.startswith(_words().party_prefix)
        and name.endswith(_words().heads)
        and not name.endswith(tuple(_words().party_departments))
    )


def _same_area(a: str, b: str) -> bool:
    """Whether two names of one office open with the same area (中共于都县委办公室 and
    于都县人民政府办公室), or one of them with none (县人民政府办公室)."""

    first, second = _area_of(a), _area_of(b)
    return not first or not second or first == second


def _area_of(name: str) -> str:
    """The area ``name`` opens with, after a party's prefix (中共于都县委办公室: 于都县)."""
    start = len(next((p for p in _words().party_prefix if name.startswith(p)), ""))
    return name[start : _divisions_end(name, start)]


def _central_start(name: str) -> int:
    """Where a central body's branch name (parent + place…) or the Corps' name starts
    in ``name``, or -1."""
    words = _words()
    gaz = gazetteer()
    for parent in words.branches:
        pos = name.find(parent)
        end = pos + len(parent)
        if pos >= 0 and (gaz.match_at(name, end)[0] or gaz.match_at(name, end, short=True)[0]):
            return pos
    return name.find(words.corps)


def _branch_parts(name: str) -> tuple[str, str, str] | None:
    """(parent, place, branch word) of a central body's local branch
    (国家统计局 + 余杭 + 调查队), else None."""
    words = _words()
    parent = next((p for p in words.branches if name.startswith(p)), None)
    if parent is None:
        return None
    rest = name[len(parent) :]
    end = next((w for w in words.branches[parent] if rest.endswith(w)), None)
    if end is None:
        # 国家税务总局厦门市税务局第一稽查局: the branch's own body, of the branch's place
        sub = next((m for w in words.branches[parent] if (m := _sub_body(w, rest))), None)
        if sub is None or sub.start() < 2:
            return None
        return parent, rest[: sub.start()], sub.group()
    if len(rest) - len(end) < 2:
        return None
    return parent, rest[: -len(end)], end


def _sub_body(word: str, rest: str) -> re.Match[str] | None:
    """Where a branch's own body (data/agency.json sub_bodies: 稽查局, an ordinal before it)
    ends ``rest`` after the branch word ``word``, else None."""
    subs = _words().branch_subs.get(word)
    if not subs:
        return None
    return re.search(rf"{word}(?:第[一二三四五六七八九十]{{1,3}})?(?:{'|'.join(subs)})$", rest)


def _is_national(name: str) -> bool:
    """A body of the State Council: listed, or named 国家…/中国… with no area in it
    (中国证券监督管理委员会; not 中国人民银行杭州中心支行, 国家税务总局北京市税务局)."""
    words = _words()
    if name in words.national or name in words.national_short:
        return True
    if not name.startswith(("国家", "中国")) or _regional(name):
        return False
    gaz = gazetteer()
    return not any(
        gaz.match_at(name, pos)[0] or gaz.match_at(name, pos, short=True)[0]
        for pos in range(2, len(name) - 1)
    )


def _regional(name: str) -> bool:
    """A central body's regional administration named for a region wider than a
    province (中国民用航空华东地区管理局, 国家能源局华东监管局): no national body."""
    return any(r in name for r in _words().macro_regions)


def _balanced(name: str) -> str:
    """Brackets kept only where they pair up (市场监管局(知识产权局) keeps its own)."""
    while name and name[0] in "()（）" and not _pairs(name):
        name = name[1:]
    while name and name[-1] in "()（）" and not _pairs(name):
        name = name[:-1]
    return name if _pairs(name) else re.sub(r"[()（）]", "", name)


def _pairs(name: str) -> bool:
    depth = 0
    for char in name:
        depth += char in "(（"
        depth -= char in ")）"
        if depth < 0:
            return False
    return depth == 0


def _from_first_division(name: str, after_spam: bool = False) -> str:
    """Text before the first full division name cut (标题西藏自治区水利厅, 现报送广东省…);
    after spam, before a county's too (澳门…娱乐场官网汝州市教育体育局: 官网 is the
    spam's tail, and a name opens with its area)."""
    gaz = gazetteer()
    if gaz.match_at(name, 0)[0]:
        return name
    levels = ("province", "city", "county") if after_spam else ("province", "city")
    for pos in range(1, len(name) - 2):
        size, found = gaz.match_at(name, pos)
        if size and any(d.level in levels for d in found):
            if _province_before_zone(name, pos, found):
                return name
            return name[_party_start(name, pos) :]
    return name


def _province_before_zone(name: str, pos: int, found: Sequence[Division]) -> bool:
    """Whether ``name`` opens with the short name of the province of a zone listed as a
    city-level division that starts at ``pos`` (河北 of 河北雄安新区管理委员会): the state
    names such a new area with its province (meta26 b10 cut 河北); a city's name after its
    province's short one (湖北武汉市财政局) is cut as before."""
    size, provinces = gazetteer().match_at(name, 0, short=True)
    zones = [d for d in found if d.level == "city" and d.name.endswith(_words().zones)]
    return size == pos and any(
        p.level == "province" and z.code[:2] == p.code[:2] for p in provinces for z in zones
    )


def _party_start(name: str, pos: int) -> int:
    """Where a name whose area starts at ``pos`` starts: before the party's name when
    the area's party committee runs the body (中共南通市委网信办, 中共杭州市临平区委…: 中共
    is the name's), else at the area."""
    words = _words()
    if not name.startswith(words.party_committee, _divisions_end(name, pos)):
        return pos
    prefix = next((p for p in words.party_prefix if name.startswith(p, pos - len(p))), "")
    return pos - len(prefix)


def _divisions_end(name: str, pos: int) -> int:
    """Where the run of full division names from ``pos`` ends (杭州市临平区…: after 区);
    ``pos`` when none starts there."""
    gaz = gazetteer()
    while size := gaz.match_at(name, pos)[0]:
        pos += size
    return pos


def _party_prefix(name: str) -> str:
    """The party's name that opens a party committee's body (中共 of 中共海宁市委党校:
    the area's 市委 follows it), else ''."""
    words = _words()
    for prefix in words.party_prefix:
        if name.startswith(prefix):
            end = _divisions_end(name, len(prefix))
            if end > len(prefix) and name.startswith(words.party_committee, end):
                return prefix
    return ""


def _committee_office(name: str) -> bool:
    """Whether ``name`` is a party committee's own office (中共安吉县委办公室, 安吉县委办公室):
    the 委 before 办公室 follows the area, so it is the committee, not a bureau's 委."""
    start = len(_party_prefix(name))
    end = _divisions_end(name, start)
    return end > start and name[end:] == _words().party_committee + "办公室"


def _without_division_names(name: str) -> str:
    """The name with gazetteer place names blanked (本溪市 holds 本, 共和县 holds 共; a
    county's short form after a full name or a bureau too: 乐山市犍为 holds 为,
    三明市公安局将乐分局 holds 将)."""
    gaz = gazetteer()
    fragments = _words().fragments
    out: list[str] = []
    pos = 0
    while pos < len(name):
        size, _ = gaz.match_at(name, pos)
        if not size and out and (out[-1][0] == "□" or out[-1] in "局委会"):
            size, _ = gaz.match_at(name, pos, short=True)
        if not size and out and out[-1][0] == "□":
            # A township or street right after its county (镇雄县以勒镇, 某区向阳街道),
            # which the gazetteer does not list: its name's characters are no
            # sentence's (以, 向), unless a word of two is one (县认真落实镇…).
            town = _TOWN_NAME.match(name, pos)
            if town and all(len(w) == 1 for w in fragments.findall(town.group())):
                size = town.end() - pos
        if size:
            out.append("□" * size)
            pos += size
        else:
            out.append(name[pos])
            pos += 1
    return "".join(out)


_AREA_CHARS = "省市区县州旗盟镇乡"


def _bracketed_zone(name: str) -> Division | None:
    """The province of a zone the state names with it in brackets (中国（上海）自由贸易
    试验区… → 上海市), where ``name`` opens so and the bracket is one province's name,
    full or short; else None."""
    m = _words().bracketed_zone.match(name)
    if m is None:
        return None
    gaz = gazetteer()
    area = m["area"]
    for short in (False, True):
        size, found = gaz.match_at(area, 0, short=short)
        provinces = [d for d in found if d.level == "province"]
        if size == len(area) and len(provinces) == 1:
            return provinces[0]
    return None
