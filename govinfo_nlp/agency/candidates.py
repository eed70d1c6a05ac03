"""Where a page names its agency (:func:`_agency`): the report's title, its compiler,
contact and download sentences, labels, a signature, a cover; and the page's other cues
(site names, a footer's owner, pictures, a list of its reports)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from itertools import pairwise

from ..gazetteer import gazetteer
from ..metadata import (
    _COVER_MONTH,
    _OVERVIEW,
    _YEAR_TITLE,
    _lines_matching,
    _page_words,
    _title_year,
)
from ..noise import spam_matches
from .clean import (
    _AREA_CHARS,
    _area_word,
    _clean_agency,
    _divisions_end,
    _party_body,
    _party_prefix,
    _written_plaque,
    reads_as_agency,
)
from .places import _chain
from .region import _LABEL, _level_word
from .words import _NAME, _words

# _TITLE_AFTER and _TITLE_TOPIC_FIRST read a name of at most _TITLE_REACH
# characters (4 more where 人民政府 ends it) at every position, then their tail:
# a match is looked for only where its tail follows (see _anchored).
_TITLE_REACH = 40


_TITLE_AFTER_TAIL = re.compile(
    # A school's report covers an academic year (2021-2022学年…年度报告); a report over two
    # years (龙泉市林业局2022—2023年度…报告, meta26 b27) names its body all the same. A
    # colon may stand between the body and its title (岱山县水利局：2023年…, meta27 c35).
    r"\s*[:：]?\s*(?:20\d\d\s*[-—–－~～至/]\s*20\d\d\s*(?:学年|年)\s*度?"
    r"|(?P<year>20\d\d)\s*(?:年\s*度?|(?=政府信息)))\s*"
    r"(?:政府)?(?:信息公开|政务公开|政府信息)[^\n。,，《》]{0,12}?(?:报告|年报|落实情况)"
)


# (the colon of 岱山县水利局：2023年…: see _agency)
_COLON_AFTER = re.compile(r"\s*[:：]")

_TITLE_AFTER = re.compile(r"(?P<agency>[\u4e00-\u9fff()（）]{2,40}?)" + _TITLE_AFTER_TAIL.pattern)


_TITLE_BEFORE = re.compile(
    r"(?P<year>20\d\d)\s*年\s*度?\s*"
    # 合水镇人民政府信息公开工作年度报告: 政府 belongs to the name and to the topic.
    r"(?P<agency>[\u4e00-\u9fff()（）]{2,40}?人民政府(?=信息公开)|[\u4e00-\u9fff()（）]{2,40}?)\s*的?"
    r"(?:政府信息公开|政务公开|信息公开)(?=[^。\n]{0,16}(?:报告|年报))"
)


# 文化和旅游部政府信息公开工作2021年度报告: the topic before the year (和田县吾宗肖乡
# 人民政府信息公开工作 / 2023年度报告: 政府 belongs to the name and to the topic).
_TITLE_TOPIC_FIRST_TAIL = re.compile(
    r"(?:政府信息公开|政务公开|信息公开)工作\s*(?P<year>20\d\d)\s*年度?报告"
)


_TITLE_TOPIC_FIRST = re.compile(
    r"(?P<agency>[\u4e00-\u9fff()（）]{2,40}?人民政府(?=信息公开)|[\u4e00-\u9fff()（）]{2,40}?)"
    + _TITLE_TOPIC_FIRST_TAIL.pattern
)


# _TITLE_AFTER, _TITLE_BEFORE and _TITLE_TOPIC_FIRST name the topic with one of
# these, the year with 20 and the report with one of _TITLE_ENDS (a test holds
# them to it): a line without them is matched by none of the three, which try
# every position and up to 40 name characters from each.
_TITLE_TOPICS = re.compile("信息公开|政务公开|政府信息")


_TITLE_ENDS = ("报告", "年报", "落实情况")


# (…农业农村局关于政府信息公开工作情况的报告: a report on the work, named so; meta21 v34)
_TITLE_NO_YEAR = re.compile(
    r"(?P<agency>[\u4e00-\u9fff()（）]{2,40}?人民政府(?=信息公开)|[\u4e00-\u9fff()（）]{2,40}?)"
    r"(?:关于)?的?(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:情况的?)?(?:年度)?(?:报告|年报)"
)


# A notice that carries a report (某市人民政府办公室关于印发某市人民政府政府信息公开工作
# 年度报告的通知): the report's title is the one after 印发/转发 (meta20 u43: a notice
# without a year named its agency nowhere else).
_NOTICE = re.compile(r"[\u4e00-\u9fff()（）]{2,40}?关于(?:印发|转发)《?(?P<title>.+?)》?的通知")


# A title naming the disclosure work rather than a report (鼓楼区人民政府办公室2021年
# 上半年政府信息公开工作情况, …工作总结): read only as a whole line at the top, where no
# report title names the agency, and never from a list of such lines (other pages').
_WORK_TITLE = re.compile(
    r"(?P<agency>[\u4e00-\u9fff()（）]{2,40}?)的?"
    r"(?P<year>20\d\d)\s*年\s*度?(?:上半年|下半年|第[一二三四]季度)?"
    r"(?:政府信息公开|政务公开|信息公开)工作(?:情况|总结)"
)


def _anchored(
    pattern: re.Pattern[str],
    tail: re.Pattern[str],
    reach: int,
    text: str,
    *,
    spaced: bool = False,
    first: re.Pattern[str] | None = None,
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, each match looked for only from ``reach`` characters
    before the next match of ``tail`` on.

    ``tail`` is a part every match of ``pattern`` holds, at most ``reach``
    characters after the match's start; with ``spaced``, at most ``reach``
    characters after a first character and any spaces (a cue's punctuation,
    spaces, then a name). No match starts earlier, so none is missed; and a
    pattern that reads a name of up to ``reach`` characters at every position
    is tried only where its tail (a literal, found by a fast scan) is near.
    The pattern must match no empty string.

    With ``first`` (a class of the characters a match opens with, the text's start
    aside), the pattern is tried only at those characters between ``reach`` before
    a tail and the tail: a tail with no match near it costs those few tries, where
    a search from it ran on to the next match (to the text's end when there was
    none). A match starting later holds a later tail, the tail being no part of
    the name, spaces or mark before it (each tail opens with a Han character the
    name class holds and the mark class does not: see _cue_matches).
    """
    pos = 0
    while (found := tail.search(text, pos)) is not None:
        at = found.start()
        start = at - reach
        if spaced:
            while start > pos and text[start - 1].isspace():  # str.isspace() is re's \s
                start -= 1
            start -= 1
        if first is None:
            m = pattern.search(text, max(pos, start))
            if m is None:
                return
            yield m
            pos = m.end()
            continue
        low = max(pos, start)
        places = [f.start() for f in first.finditer(text, low, at + 1)]
        if low == 0 and places[:1] != [0]:
            places.insert(0, 0)  # (the text's start: a pattern's ^)
        for place in places:
            m = pattern.match(text, place)
            if m is not None:
                yield m
                pos = m.end()
                break
        else:
            pos = at + 1  # no match starts up to this tail


# A title's year in brackets after it: …年度报告（2022年度）.
_YEAR_AFTER_TITLE = re.compile(r"\s*[(（]\s*20\d\d\s*年?度?\s*[)）]\s*$")


_SIGNATURE = re.compile(
    r"(?:^|\n)[ \t\u3000]*(?P<agency>[\u4e00-\u9fff()（）]{4,40})[ \t\u3000]*\n\s*"
    r"(?:20\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|20\d\d[-/.]\d{1,2}[-/.]\d{1,2}"
    # an official document dates its signature in Chinese numerals: 二〇二二年一月二十日
    r"|[〇○零一二][〇○零一二三四五六七八九]{3}\s*年\s*[一二三四五六七八九十]{1,2}\s*月"
    r"\s*[一二三四五六七八九十]{1,3}\s*日)[ \t\u3000]*(?=\n|$)"
)


def _list_agency(text: str, lists: list[set[tuple[str, str]]]) -> str | None:
    """The agency of a page that only lists its reports (…卫生健康局2022年…年度报告,
    …2021年…, …): one list, one name, at least two years, and no report of its own on
    the page (no sentence, no overview heading): a list of several agencies' reports
    (a portal's column) or one beside a report (a sidebar of other years) names none."""
    if len(lists) != 1 or "。" in text or _OVERVIEW.search(text):
        return None
    names = {name for name, _ in lists[0]}
    if len(names) != 1 or len({year for _, year in lists[0]}) < 2:
        return None
    name, spam = _clean_agency(next(iter(names)))
    return None if spam else name


_NAME_REACH = 40


# What follows the name in the second "compiled" cue (由…编制 aside), which tries
# every punctuation mark with every name length: its matches are looked for
# only where this is near (_anchored).
# (官桥镇人民政府编写本镇2021年度…报告: 编写 as 编制; paraphrase18 g01 null)
_COMPILED_TAIL = r"(?:编制了?|编写了?|现向社会公开|现将|特?发布)[^。\n]{0,20}?(?:20\d\d|本)"


# The fifth cue (…依据《…》…编写本报告) is read the same way, near the law it names; the
# marks each of the two opens with (a match starts at one of them or at the text's start,
# which _anchored tries alone).
_BY_LAW_TAIL = r"(?:依据|依照|根据|按照)《"


_COMPILED_MARK = r"[,，。、)）\n]"


_BY_LAW_MARK = r"[,，。、;；\n]"


# Cues that state the reporting agency, strongest first. Each names the
# agency in a slot whose left edge is a line start, a label or a verb.
_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("compiled", re.compile(rf"由(?P<agency>{_NAME})(?:组织|负责)?(?:编制|按照|根据|依据|制作)")),
    (
        "compiled",
        re.compile(rf"(?:^|{_COMPILED_MARK})\s*(?P<agency>{_NAME}){_COMPILED_TAIL}"),
    ),
    # 现公布某局政府信息公开工作年度报告: a title announced without its year.
    (
        "compiled",
        re.compile(
            rf"(?:现公布|现予公布|现公开|现发布|现将)(?P<agency>{_NAME})(?:本|20\d\d\s*)?年?度?"
            r"(?:政府信息公开|政务公开)"
        ),
    ),
    # 编制单位为祁阳市人民政府办公室; 三台县人民政府办公室依据《…条例》(国务院令第711号)编写本报告: the
    # compiler named as such, before the opening sentence's subject (2023年,祁阳市按照…: the
    # whole area, whose name alone reads as its government; paraphrase18 g03, g04 WRONG)
    (
        "compiled",
        re.compile(rf"(?:编制|编写)单位\s*(?:为|是|[:：])\s*(?P<agency>{_NAME})(?=[。，,；;\n]|$)"),
    ),
    (
        "compiled",
        re.compile(
            rf"(?:^|{_BY_LAW_MARK})\s*(?P<agency>{_NAME}){_BY_LAW_TAIL}[^》\n]{{1,60}}》"
            r"(?:[(（][^)）\n]{0,20}[)）])?(?:的?(?:有关)?(?:规定|要求))?[,，]?(?:编制|编写)了?本报告"
        ),
    ),
    ("contact", re.compile(rf"(?:请|可)与(?P<agency>{_NAME})(?:联系|办公室联系)")),
    ("download", re.compile(rf"电子版可?在(?P<agency>{_NAME})(?:门户)?(?:网站|[(（]http|政府网)")),
    ("compiled", re.compile(rf"全文包括(?P<agency>{_NAME})(?:政府信息公开|政务公开|信息公开)")),
)


# A bracketed note closing a contact line's name (see _agency's contact cue).
_CONTACT_BRACKET = re.compile(r"[(（][^()（）]*[)）]$")


_COMPILED_TAIL_RE = re.compile(_COMPILED_TAIL)


_BY_LAW_TAIL_RE = re.compile(_BY_LAW_TAIL)


_COMPILED_MARK_RE = re.compile(_COMPILED_MARK)


_BY_LAW_MARK_RE = re.compile(_BY_LAW_MARK)


# The agency's own disclosure documents, quoted where the report says what it
# published (我局…公开了《北京市人力资源和社会保障局政府信息公开主动公开全清单》):
# a name of last resort, taken only where the report calls itself 我局/我委… and
# the name ends so (a superior's notice is 《关于…》, not a disclosure list).
_OWN_DOCUMENT = re.compile(
    rf"(?:公开|发布|更新|编制|修订|制定|印发)了?《(?P<agency>{_NAME})"
    r"(?:政府信息公开|信息公开)(?:指南|目录|清单|主动公开|工作年度报告)"
)


# A ranked list's heading stands alone on its line (点击排行, 热点排行榜 ›).
_RANKING_LINE = 12


def _letter_spaced(prev: str, token: str) -> bool:
    return len(prev) == 1 or len(token) == 1


def _join_tokens(line: str, close: Callable[[str, str], bool]) -> str:
    """``line``'s tokens joined without a space where ``close(prev, token)``, else
    with one."""
    tokens = line.split()
    out = tokens[:1]
    for prev, token in pairwise(tokens):
        out.append(token if close(prev, token) else " " + token)
    return "".join(out)


def _compact(line: str) -> str:
    """``line`` with letter-spacing removed (泰 州 市 → 泰州市) and other spaces kept as
    one: on a page flattened to one line they divide the title from the site's
    chrome (文章详情 荔浦市2022年…), which must not join the name."""
    return _join_tokens(line, _letter_spaced)


def _inside_name(prev: str, token: str) -> bool:
    """Whether the space between ``prev`` and ``token`` is inside a title's name or
    year: letter-spacing, after an area word before a name (文登区 人民政府), around a
    year's digits (办公室 2022 年)."""
    return (
        _letter_spaced(prev, token)
        or (prev[-1] in _AREA_CHARS and "\u4e00" <= token[0] <= "\u9fff")
        or (re.fullmatch(r"20\d\d", token) is not None and "\u4e00" <= prev[-1] <= "\u9fff")
        or (re.fullmatch(r"20\d\d", prev) is not None and token.startswith("年"))
    )


def _closed(line: str) -> str:
    """``line`` with the spaces inside a title's name or year removed; other spaces
    kept as in :func:`_compact`."""
    return _join_tokens(line, _inside_name)


# A report title's line is short: a longer line holding 报告 is a sentence (现公布…报告。).
_TITLE_LINE = 60


def _issuer_whole(name: str, fields: Mapping[str, str]) -> str | None:
    """The page's 发布机构 where it writes ``name`` whole: the title's own area word
    (江北新区, which no division bears) and its agency word (教育和社会保障局) with more
    between and before them (南京江北新区管理委员会教育和社会保障局: the zone's city and
    committee), else None. meta22 w04 read the title's form, its city left out."""
    area = _area_word(name)
    issuer = fields.get("issuer")
    if area is None or not issuer:
        return None
    word = name[area.end() :]
    full, spam = _clean_agency(issuer)
    if full is None or spam or len(word) < 2 or not full.endswith(word):
        return None
    at = full.find(area.group())
    # (the area's name whole, with the words of a committee or a city around it)
    return (
        full
        if at >= 0 and at + len(area.group()) <= len(full) - len(word) and full != name
        else None
    )


# A line a PDF wrapped inside a name is short and all Han (绵阳市卫生健).
_WRAPPED_HEAD = re.compile(r"[\u4e00-\u9fff]{2,20}")


def _wrapped_name(above: str, tail: str) -> str | None:
    """The name a title's line opens with (康委员会2021年…) joined to the end of the line
    above it, where a PDF's text layer wrapped the name (绵阳市卫生健 / 康委员会2021年政府
    信息公开 / 工作年度报告; meta22 w02 read the fragment 康委员会): the line above is
    Han only and ends in no name's ending, the tail names no area of its own, and the
    two read as one name that opens with a division's. Else None."""
    head = _compact(above)
    if not _WRAPPED_HEAD.fullmatch(head) or _TITLE_TOPICS.search(head):
        return None
    # (a site's name ends the line above as often: 绵阳市人民政府网 / 卫生健康委员会2021年…)
    site = _page_words().site_tail
    if any(site.fullmatch(head, i) for i in range(len(head))):
        return None
    words = _words()
    if head.endswith(words.heads) or _level_word(tail) or _area_word(tail):
        return None
    whole = head + tail
    gaz = gazetteer()
    if _clean_agency(whole) != (whole, None) or not gaz.match_at(whole, 0)[0]:
        return None
    return whole if not gaz.match_at(tail, 0)[0] else None


# The name a wrapped sentence's line ends with (…规定，现公布宜春市袁州区民): its last Han run.
_SENTENCE_TAIL = re.compile(r"[\u4e00-\u9fff]{2,30}\Z")


def _wrapped_sentence(above: str, tail: str) -> str | None:
    """The name a sentence's line opens with (政局2021年度…年度报告。本报告…) joined to the
    name the line above ends with, where a PDF's text layer wrapped a sentence inside the
    name (…现公布宜春市袁州区民 / 政局2021年度…; meta23 x02 read the fragment 政局): the
    line above is a sentence (more than its last Han run), the two read as one name with
    its leading words cut (现公布) that opens with a division, and the tail opens with
    none. Else None."""
    head = _compact(above)
    run = _SENTENCE_TAIL.search(head)
    if run is None or run.start() == 0:
        return None
    name, spam = _clean_agency(run.group() + tail)
    gaz = gazetteer()
    if name is None or spam or not name.endswith(tail) or len(name) <= len(tail):
        return None
    return name if gaz.match_at(name, 0)[0] and not gaz.match_at(tail, 0)[0] else None


# A bracket tag in a title line (海宁市民政局【点击领取】2022年…, 【官方推荐】…): a spam's
# lure or a column's label, which no agency's name holds (they bracket with （）).
_TAG = re.compile(r"【(?P<tag>[^【】\n]{1,16})】")


def _untagged(line: str) -> str:
    """``line`` without its bracket tags that read as no agency's name: the name before
    one and the year after it read as one title (meta22 w21: the slot held 点击领取, and
    the title gave no agency)."""
    if "【" not in line:
        return line
    return _TAG.sub(lambda m: m[0] if reads_as_agency(m["tag"]) else "", line)


def _without_viewed_links(lines: list[str]) -> list[str]:
    """``lines`` without the report titles a view count follows, on their line or alone
    on the next (2023年政府信息公开工作年度报告 / 阅读 2210): a list's links to other pages,
    whose agency is not this report's (meta22 w39: 西湖区人民政府's listed report above a
    区市场监督管理局's heading was read as the agency). The count lines go with them."""
    views = _page_words().view_count
    # (阅读 1236 alone, no label's colon: 浏览次数：88 under a page's own heading is its
    # counter, and chrome besides)
    count_line = [
        bool(views.match(ln)) and ln[-1].isdigit() and not any(c in ln for c in ":：")
        for ln in lines
    ]
    titles = [
        max(ln.rfind("报告"), ln.rfind("年报")) if len(ln) <= _TITLE_LINE else -1 for ln in lines
    ]
    listed = [
        end >= 0
        and (views.match(ln, end + 2) is not None or (i + 1 < len(lines) and count_line[i + 1]))
        for i, (ln, end) in enumerate(zip(lines, titles, strict=True))
    ]
    # (only above a title that is not such a link: the report's own heading, below its list
    # and above the body; a title below the body is another report's)
    body = next(
        (i for i, ln in enumerate(lines) if len(ln) > _TITLE_LINE or _OVERVIEW.match(ln)),
        len(lines),
    )
    last = max((i for i, end in enumerate(titles[:body]) if end >= 0 and not listed[i]), default=-1)
    # (below a ranked list's heading, 点击排行, a counted title is its link even where no
    # other title follows: the page's own heading carries no such heading above it)
    ranking = _page_words().ranking
    ranked = next(
        (i for i, ln in enumerate(lines[:body]) if len(ln) <= _RANKING_LINE and ranking.search(ln)),
        len(lines),
    )
    return [
        ln
        for i, ln in enumerate(lines)
        if not ((i < last or ranked < i < body) and (count_line[i] or listed[i]))
    ]


def _self_tails(text: str) -> tuple[str, ...] | None:
    """The name endings the document's own word for itself allows (我局 → 局), when
    it uses one kind only; else None."""
    words = _words()
    table = words.self_reference
    # No key holds another's first character after its own (a test checks):
    # the keys' matches never overlap, so the patterns find each of them.
    found = [w for pattern in words.self_words for w in pattern.findall(text)]
    if not found or len({tuple(table[w]) for w in found}) != 1:
        return None
    return tuple(table[found[0]])


def _agency(
    head: str, fields: Mapping[str, str], own: tuple[str, ...] | None = None, tail: str = ""
) -> tuple[str | None, str | None]:
    """The agency as written (the strongest cue that gives a valid name) and spam seen.

    ``own``: the endings the document's 我局/我委… allows; a name from any cue but
    the title must have one (信息来源：某县人民政府 above a bureau's 我局 report is
    the site's owner).
    """
    spam_seen: str | None = None
    lines = _party_lines_joined([s for ln in head.splitlines()[:60] if (s := ln.strip())])
    lines = _without_viewed_links(lines)
    # A title wrapped over two to four lines (…政府信息公开工作 / 年度报告; 成都市武侯区 /
    # 人民政府办公室 / 2023年政府信息公开 / 工作年度报告) is read joined.
    top = lines[:9]
    joined = [
        "".join(top[i : i + k])
        for k in (2, 3, 4)
        for i in range(len(top) - k + 1)
        if sum(map(len, top[i : i + k])) <= 60
    ]
    # (each joined title's line above it: a name a PDF wrapped may begin there)
    above_joined = [
        top[i - 1] if i else ""
        for k in (2, 3, 4)
        for i in range(len(top) - k + 1)
        if sum(map(len, top[i : i + k])) <= 60
    ]

    def take(raw: str, after_spam: bool = False, title: bool = False) -> str | None:
        nonlocal spam_seen
        name, spam = _clean_agency(raw, after_spam, title)
        spam_seen = spam_seen or spam
        return name

    # Titles stop at the overview heading: below it a report's title is another
    # report's (a related-links list, 相关链接 …年度报告).
    first = min(_lines_matching(_OVERVIEW, lines), default=len(lines))
    # Last, the titles with their spaces closed where a name or a year goes on
    # across one (威海市文登区 人民政府办公室 2022 年…: a flip-book's text layer).
    # (Only a line with 年 and a space can differ and pass the title test below.)
    spaced = [
        c
        for ln in lines[: first + 1]
        if "年" in ln and len(ln.split()) > 1 and (c := _closed(ln)) != _compact(ln)
    ]
    titled = lines[: first + 1]
    # (each line's line above; none where no line is left: a page that was only a list of
    # reports' titles, which metadata leaves out, raised ValueError here, meta26's tests)
    above = ["", *titled][: len(titled)] + above_joined + [""] * len(spaced)
    for line, line_above in zip(titled + joined + spaced, above, strict=True):
        compact = _untagged(_compact(line))
        if (
            "年" not in compact
            or "20" not in compact
            or not any(end in compact for end in _TITLE_ENDS)
            or not _TITLE_TOPICS.search(compact)
        ):
            continue
        if _page_words().compilation.search(compact):
            # 上城区各部门2022年…年度报告汇编: several bodies' reports on one page, whose
            # first one (or any cue below) is one of many (meta23 x41): no agency
            return None, spam_seen
        # The name slot holds Han characters only: spam with digits before it
        # (365体育官网市…) is seen on the line, not in the slot.
        spammed = spam_matches(compact)
        for matches in (
            _anchored(_TITLE_AFTER, _TITLE_AFTER_TAIL, _TITLE_REACH, compact),
            _TITLE_BEFORE.finditer(compact),  # led by the year: a fast scan already
            _anchored(_TITLE_TOPIC_FIRST, _TITLE_TOPIC_FIRST_TAIL, _TITLE_REACH + 4, compact),
        ):
            for m in matches:
                after = any(s.start() < m.start("agency") <= s.end() + 4 for s in spammed)
                if m.start("agency") == 0 and (whole := _wrapped_name(line_above, m["agency"])):
                    return whole, spam_seen
                if (
                    m.start("agency") == 0
                    and "。" in compact
                    and (whole := _wrapped_sentence(line_above, m["agency"]))
                ):
                    return whole, spam_seen
                name = take(m.group("agency"), after, title=True)
                if name is None and _plaqued_party_body(m.group("agency"), head):
                    # 中共江山市委宣传部2023年… over 中共江山市委宣传部（江山市新闻出版局）…: a
                    # party department titled alone reads as no agency (its state plaque is
                    # not certain), but the document writes its plaque (合署): read_agency
                    # names it by the state body (docs/schema.md §1; null before session 30)
                    return m.group("agency"), spam_seen
                if (
                    name is not None
                    and own is not None
                    and not name.endswith(own)
                    and (
                        _COLON_AFTER.match(compact, m.end("agency")) is not None
                        or compact[: m.start("agency")].rstrip().endswith((":", "："))
                    )
                ):
                    # 岱山县人民政府：2023年…报告 over a report that says 我局 (red27 r03): a
                    # colon's left side may be the site's name before the report's own
                    # title, which is then named by no body; a body named so must be one
                    # the report's word for itself allows (岱山县水利局：2023年…, 我局).
                    # So must a label's body joined to the title line below it (来源：岱山县
                    # 人民政府办公室 / 2023年…报告, red27 r02: the site's poster).
                    name = None
                if name is not None:
                    # 平湖市发展和改革局、平湖市统计局2023年…: a joint report is named by its
                    # first body (meta12 p07's convention; meta25 z19 took the second,
                    # where the name slot starts after the 、)
                    first_of = _joint_first(compact, m.start("agency"))
                    issuer = "".join(fields.get("issuer", "").split())
                    if (
                        first_of is not None
                        and (joint := take(first_of, title=True))
                        # 绍兴市民政局、绍兴市财政局… above 发布机构：绍兴市财政局 (red25
                        # c02): the labelled publisher, the second body, reports
                        and not (issuer and issuer == name and issuer != joint)
                    ):
                        return joint, spam_seen
                    return name, spam_seen
                # 市政府2022年…年度报告: the area's government, its area restored later
                # (not 2022年市政府信息公开…, whose 政府 is the topic's: the year first)
                if m.re is _TITLE_AFTER and m.group("agency") in _words().titled_governments:
                    return m.group("agency"), spam_seen
    # A title without its year, alone on its line (某局政府信息公开工作年度报告), or
    # with the year in brackets after it (…年度报告（2022年）).
    for line in lines[:15] + joined:
        compact = _compact(line)
        notice = _NOTICE.fullmatch(compact)
        bare = _TITLE_NO_YEAR.fullmatch(
            _YEAR_AFTER_TITLE.sub("", notice["title"] if notice else compact)
        )
        if bare and (name := take(bare.group("agency"), title=True)) is not None:
            return name, spam_seen
    # A page flattened to one line: its undated heading is a token of that line, right
    # before the page's date label or the report's opening (meta29's note: no agency).
    if (
        lines
        and len(lines[0]) > _TITLE_LINE
        and (flat := _flat_undated_title(lines[0]))
        and (name := take(flat, title=True)) is not None
    ):
        return name, spam_seen
    # A title naming the work, not a report (…2021年上半年政府信息公开工作情况), alone on
    # its line before the overview; two different such lines are a list of other pages'.
    work = [w for ln in lines[: min(first + 1, 15)] if (w := _WORK_TITLE.fullmatch(_compact(ln)))]
    if len({w.group() for w in work}) == 1 and (name := take(work[0].group("agency"))):
        return name, spam_seen
    # A title that starts with the year, with the agency on the line above.
    top = [ln.strip() for ln in head.splitlines()[:20]]
    for i, line in enumerate(top):
        if (re.match(r"20\d\d\s*年", line) and "报告" in line) or "落实情况" in line:
            previous = next((p for p in reversed(top[:i]) if p), "")
            if len(previous) <= 40 and (name := take(previous)) is not None:
                return name, spam_seen

    def fits(name: str | None) -> bool:
        return name is not None and (own is None or name.endswith(own))

    if fields.get("issuer") and fits(name := take(fields["issuer"])):
        return name, spam_seen
    cues = (*_CUES, ("opener", _words().opener), ("label", _LABEL), ("own", _OWN_DOCUMENT))
    for cue, pattern in cues:
        if cue == "own" and own is None:
            break
        matches = _cue_matches(pattern, head)
        for m in matches:
            found = m.group("agency")
            if cue == "contact":
                # (a bracket after the name in the contact line may say where the body
                # sits: 请与中共宣城市委宣传部（宣城市政务服务中心）联系 was read as a plaque, the
                # agency 宣城市政务服务中心, red30 m03; the name before it is the one asked for)
                found = _CONTACT_BRACKET.sub("", found) or found
            name = take(found)
            # 来源：某县人民政府, 电子版可在某县人民政府网站: as often the portal's
            # owner as the report's agency.
            site = cue in ("label", "download") and name is not None and name.endswith("政府")
            if fits(name) and not site:
                return name, spam_seen
    # The signature: the agency's name on its own line over the date, at the end.
    for m in reversed(list(_SIGNATURE.finditer(tail))):
        if fits(name := take(m.group("agency"))):
            return name, spam_seen
    # A PDF cover: the name on its own line over a cover's date (in Chinese numerals, or a
    # year and month in digits with no day: 2023 / 政府信息公开工作年度报告 / 嘉善县综合行政执法局 / 二〇二四年一月: meta24 y26
    # read no agency), at the top of the head.
    for m in _COVER_NAME.finditer(head[:_COVER_REACH]):
        if fits(name := take(m.group("agency"))):
            return name, spam_seen
    return None, spam_seen


# A report's opening as a page flattened to one line holds it after the heading: the 条例
# cited (根据《中华人民共和国政府信息公开条例》…) or the overview's heading.
_FLAT_OPENING = re.compile(r"(?:根据|依据|依照|按照)《|一\s*[、.．]\s*(?:总体情况|概述|基本情况)")
# How many tokens of a flattened line the heading is looked for in (a crumb's columns first).
_FLAT_TOKENS = 12


def _flat_undated_title(line: str) -> str | None:
    """The name of an undated report title (某局政府信息公开工作年度报告) that is a token of a
    page flattened to one line (a scrape that kept no line break), right before the page's
    date label (发布时间：…) or the report's opening (根据《…条例》…, 一、总体情况), with no
    other report title right before it (two titles in a row are a list's). A crumb's columns
    may come first (首页 > 政务公开 > 年报); no token after the body's first sentence.
    Read only where the line gives no dated title (a page broken into lines reads an
    undated title alone on its line: this is its one-line form)."""
    tokens = line.split()[:_FLAT_TOKENS]
    words = _page_words()
    for i, token in enumerate(tokens[:-1]):
        if "。" in token:
            return None
        bare = _TITLE_NO_YEAR.fullmatch(token)
        if bare is None:
            continue
        if i and _a_title(tokens[i - 1]):
            return None
        after = tokens[i + 1]
        label = words.label_re.match(after)
        dated = label is not None and words.labels["".join(label["label"].split())] == "date"
        if not (dated or _FLAT_OPENING.match(after)):
            return None
        # (another body's undated title among the tokens before the body's first sentence:
        # which is the page's heading is not certain. 首页 > 政务公开 > 宣城市人民政府政府信息
        # 公开工作年度报告 发布时间：… 宣城市市场监督管理局政府信息公开工作年度报告 根据《…》: the
        # crumb's column, the portal's, was read as the agency, red30 m04)
        for later in tokens[i + 1 :]:
            if "。" in later:
                break
            other = _TITLE_NO_YEAR.fullmatch(later)
            if other is not None and other["agency"] != bare["agency"]:
                return None
        return bare["agency"]
    return None


def _a_title(token: str) -> bool:
    """Whether ``token`` is a report's title, dated or not (not a crumb's 年报 alone)."""
    return _TITLE_NO_YEAR.fullmatch(token) is not None or _YEAR_TITLE.search(token) is not None


def _plaqued_party_body(name: str, head: str) -> bool:
    """Whether ``name``, a title's name slot, is a party committee's body (中共江山市委宣传部)
    after which the head writes one state body of its area in brackets (its plaque)."""
    return _party_body(name) and _written_plaque(name, head) is not None


# How far into the head a cover's name over its date is looked for.
_COVER_REACH = 400


# (the date's year already digits: _CN_YEAR has read 二〇二四年 as 2024年)
_COVER_NAME = re.compile(
    r"(?:^|\n)[ \t\u3000]*(?P<agency>[\u4e00-\u9fff()（）]{4,40})[ \t\u3000]*\n\s*"
    r"20\d\d\s*年\s*" + _COVER_MONTH + r"[ \t\u3000]*(?=\n|$)"
)


def _cue_matches(pattern: re.Pattern[str], head: str) -> Iterator[re.Match[str]]:
    """The cue's matches in ``head``; the second 'compiled' cue (…编制/编写 after a name
    at a line start) and the fifth (…依据《…》…编写本报告) only near their tails, which
    keeps their scans linear (each tried every mark with every name length; both are
    read by _agency and again by _other_area)."""
    if pattern is _CUES[1][1]:
        return _anchored(
            pattern, _COMPILED_TAIL_RE, _NAME_REACH, head, spaced=True, first=_COMPILED_MARK_RE
        )
    if pattern is _CUES[4][1]:
        return _anchored(
            pattern, _BY_LAW_TAIL_RE, _NAME_REACH, head, spaced=True, first=_BY_LAW_MARK_RE
        )
    return pattern.finditer(head)


def _other_area(name: str, head: str) -> str | None:
    """The same body of another area that the text names as this report's (现公布…,
    由…编制, 请与…联系): the name ``name`` with its area (吴兴区) replaced by another of
    the same level (南浔区), neither holding the other (湖州市吴兴区 is 吴兴区). None when
    there is none, or ``name`` opens with no division."""
    end, codes = _area_of(name)
    # (a cue naming another area's same body writes the body's word again: one scan)
    if not end or head.count(name[end:]) < 2:
        return None
    for cue, pattern in _CUES:
        if cue not in ("compiled", "contact"):
            continue
        matches = _cue_matches(pattern, head)
        for m in matches:
            other = _clean_agency(m.group("agency"))[0]
            if other is None or other == name:
                continue
            o_end, o_codes = _area_of(other)
            levels = {_code_level(c) for c in codes | o_codes}
            # (湖州市吴兴区 and 吴兴区, 黔东南州 and 黔东南苗族侗族自治州: one area)
            if o_end and other[o_end:] == name[end:] and not codes & o_codes and len(levels) == 1:
                return other
    return None


def _area_of(name: str) -> tuple[int, frozenset[str]]:
    """Where the run of division names that opens ``name`` ends, and the codes the last
    of them may stand for (0 and none when it opens with none)."""
    gaz = gazetteer()
    pos, codes = 0, frozenset[str]()
    while True:
        size, found = gaz.match_at(name, pos)
        if not size:
            return pos, codes
        pos += size
        codes = frozenset(d.code for d in found)


def _code_level(code: str) -> str:
    """province / city / county of a division's code."""
    return "province" if code.endswith("0000") else "city" if code.endswith("00") else "county"


def _party_lines_joined(lines: list[str]) -> list[str]:
    """``lines`` with a line that is only a party committee's name (中共杭州市临平区委) joined
    to the next: a title broken after it (<br>) names the committee's body on the next
    line (机构编制委员会办公室2022年…), which alone names no area (meta21 v43). A committee
    publishes no report of its own, so the line is never a name by itself."""
    out: list[str] = []
    for line in lines:
        if out and _committee_line(out[-1]) and "\u4e00" <= line[0] <= "\u9fff":
            out[-1] += line
        else:
            out.append(line)
    return out


def _committee_line(line: str) -> bool:
    """Whether ``line`` is a party committee's name alone (中共南京市委, 中共杭州市临平区委)."""
    prefix = _party_prefix(line)
    return bool(prefix) and _divisions_end(line, len(prefix)) == len(line) - 1


def _pictured_agency(titles: Sequence[str], year: int, own: tuple[str, ...] | None) -> str | None:
    """The agency of a report whose title is a picture (湖州市南浔区人民政府办公室2021年度…
    年度报告 as an image's alt text): only a whole report title of the year the text
    gives, and only when every such title names one agency (a gallery of other
    reports names several); never a logo's name alone (the site's owner)."""
    names = set()
    for title in titles:
        compact = "".join(title.split())
        found = _YEAR_TITLE.search(compact)
        if found is None or _title_year(found) != year:
            continue
        name, spam = _agency(compact, {}, own)
        if name is None or spam or (own is not None and not name.endswith(own)):
            return None  # 我局 below a picture of 某县人民政府…报告: the portal's, not this
        names.add(name)
    return next(iter(names)) if len(names) == 1 else None


# A name before a title's name, joined to it by 、 (a joint report's first body): the run
# of name characters before the 、, from the line's start or its last other character.
_JOINT_FIRST = re.compile(r"(?:^|[^\u4e00-\u9fff()（）])([\u4e00-\u9fff()（）]{4,40})、$")


def _joint_first(compact: str, start: int) -> str | None:
    """The first body of a joint report's title whose second body's name starts at
    ``start`` (平湖市发展和改革局 of 平湖市发展和改革局、平湖市统计局2023年…), or None."""
    if start < 5 or compact[start - 1] != "、":
        return None
    m = _JOINT_FIRST.search(compact, 0, start)
    if m is None or m[1].startswith(_words().party_prefix):
        # 中共某县委办公室、某县人民政府办公室2023年…: one office under two plaques (合署), whose
        # government plaque reports on government information (meta20 u32's convention)
        return None
    return m[1]


def _site_agency(sites: Sequence[str], own: tuple[str, ...]) -> str | None:
    """A department's name as its own site's name in the page title, when the
    document calls itself by its ending (我局 → …局) and names itself nowhere else;
    never a government's site (the portal hosts every department's reports), but a
    street's or township's, under a report that calls itself one (我街道 under …街道办事处
    版权所有: such a site is its own, no portal of others'; meta26 b33 was null)."""
    words = _words()
    government = tuple(t for t in words.government_tails if t)
    for site in sites:
        name, _ = _clean_agency(site)
        if (
            name is not None
            and name == "".join(site.split())
            and name.endswith(own)
            and (not name.endswith(government) or name.endswith(words.own_site_governments))
        ):
            return name
    return None


# How many lines at the top of a page a site's name is looked for in (above the title).
_SITE_LINES = 6


def _site_lines(text: str) -> list[str]:
    """The lines above a page's first title line (one with 报告) that are a site's name
    whole: an area and its portal's word (北海市银海区人民政府门户网站), or its government's
    word with the site's navigation on the next line (青岛市市北区人民政府 / 当前位置：首页 >…).
    A government's name alone over the title is as often the report's heading (左贡县人民政府
    / (2022年1月) / 根据…: the real excerpts' r107 was read 左贡县政务服务中心, from a contact
    line's other office, with it as a site)."""
    lines = [ln for ln in text.splitlines()[: _SITE_LINES * 2] if ln.strip()][:_SITE_LINES]
    found = []
    for i, line in enumerate(lines):
        if "报告" in line:
            break
        site = "".join(line.split())
        size, chain = _chain(site)
        rest = site[size:]
        if not chain or not rest or not _page_words().site_tail.fullmatch(rest):
            continue
        below = lines[i + 1] if i + 1 < len(lines) else ""
        if rest not in _words().government_tails or _NAVIGATION.search(below):
            found.append(site)
    return found


# A crumb's start (首页, 当前位置：首页) and the marks between its columns.
_CRUMB_START = re.compile(r"(?:当前位置|您的位置|您现在的位置)?\s*[:：]?\s*首页")
_CRUMB_MARKS = re.compile(r"\s*[>›»/]\s*")
# How many lines at the top of a page a crumb is looked for in.
_CRUMB_LINES = 12


def _crumb_columns(text: str) -> list[str]:
    """The columns of the crumbs at the top of ``text`` (首页 > 部门 > 宁安市林业和草原局 > 年度
    报告: 宁安市林业和草原局) that open with an area's name and stand right before a last
    column of annual reports: a department's column the page is filed under may be where a
    我局 report's body is named (meta30 c04).
    Only a line that is a crumb whole: 首页 first, its columns joined by >, ›, » or /."""
    found = []
    for line in text.splitlines()[:_CRUMB_LINES]:
        m = _CRUMB_START.match(line.strip())
        if m is None:
            continue
        rest = line.strip()[m.end() :]
        if not _CRUMB_MARKS.match(rest):
            continue
        # (only the column right before the last, where the last is the column of annual
        # reports, data/agency.json crumb_report_columns: a body's column with another column
        # after it is a site or a topic other bodies' reports are filed under, 首页 > 宣城市
        # 公安局 > 分局信息公开 > 年度报告 over a 分局's 我局 report, red30 meta_r3)
        columns = _CRUMB_MARKS.split(rest)[1:]
        bodies = [column for column in columns if column and _chain(column)[1]]
        if len(set(bodies)) > 1 or (
            bodies
            and len(columns) >= 2
            and columns[-2] == bodies[0]
            and columns[-1].strip().endswith(_words().crumb_report_endings)
        ):
            found.extend(bodies)  # (two bodies: the caller reads none)
    return found


# A site's navigation line: a crumb (当前位置：首页 > …) or a menu (首页 | 政务公开 | …).
_NAVIGATION = re.compile(r"首页|当前位置|您的位置|[|｜>›»]")
