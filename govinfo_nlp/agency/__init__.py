"""Stage 6 — the agency: who reports (agency, agency_as_written, region, level, kind),
read on from the metadata stage's reading of the page (:class:`~govinfo_nlp.metadata.PageReading`).

Each value comes from the strongest cue available and is ``None`` (with a warning) rather
than a guess: a wrong agency is worse than a null. The modules, in the order a name passes
through them: :mod:`.candidates` (where the page names its agency), :mod:`.clean` (a
candidate cut to a name), :mod:`.region` (the canonical name, region, level and kind, over
:mod:`.places`, the division names that open it, and :mod:`.words`, data/agency.json), and
:mod:`.written` (the name in the document's own characters; OCR's check).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..metadata import _ZERO, _ZERO_STAND_IN, Metadata, PageReading
from .candidates import (
    _agency,
    _crumb_columns,
    _issuer_whole,
    _list_agency,
    _other_area,
    _pictured_agency,
    _self_tails,
    _site_agency,
    _site_lines,
)
from .clean import _written_plaque, reads_as_agency
from .region import _describe
from .words import _words
from .written import ocr_confirmed, written_form

__all__ = ["ocr_confirmed", "read_agency", "reads_as_agency", "written_form"]


def read_agency(page: PageReading) -> tuple[Metadata, tuple[str, ...]]:
    """The agency of a page :func:`~govinfo_nlp.metadata.read_year` read (agency, as written, region, level,
    kind; its other fields null), and the warnings found reading it."""
    text, head, tail, fields = page.text, page.head, page.tail, page.fields
    titles, title_lists = page.titles, list(page.title_lists)
    # A text scrape keeps its site's name as a line above the title (青岛市市北区人民政府 /
    # 当前位置… / 合肥路街道办事处2022年…: meta24 y12 kept the street's name bare): such a
    # line is a site's name as a page title's part is.
    sites = [*page.sites, *_site_lines(page.top)]
    warnings: list[str] = []
    own = _self_tails(head)
    if page.listing:
        # a page that only lists reports (a column, a search's results): the list's one
        # body, else none (the first title's body is one of many: meta28 i03)
        as_written, spam = _list_agency(text, title_lists), None
        if as_written is not None:
            warnings.append(f"metadata.agency_from_list: {as_written!r} (a list of its reports)")
    else:
        as_written, spam = _cued(page, own, sites, warnings)
    other = _other_area(as_written, head) if as_written is not None else None
    if other is not None:
        # 吴兴区住房和城乡建设局 in the title, 现公布南浔区住房和城乡建设局… and its contact in
        # the preamble (a copied template, meta21 v38): which district's, not certain.
        warnings.append(
            f"metadata.agency_conflict: the page names {as_written!r} and, as this report's,"
            f" {other!r}; agency left null"
        )
        as_written = None
    if spam:
        warnings.append(f"spam: injected text where the agency's name should be: {spam!r}")
    agency = region = level = kind = None
    if as_written is None:
        warnings.append(
            "metadata.agency_missing: agency name not found"
            + (" (the name in the title is spam)" if spam else "")
        )
    else:
        # the page title may restore the area; the pieces are joined by a stop, so that no
        # area on the last line of one reads as written above the next's name (a footer's
        # 地址：福州市鼓楼区 above the appended title 鼓楼区民政局…)
        context = "\n。\n".join([text, tail, *titles])
        # a party body's name whose state plaque the document writes in brackets is named
        # by the plaque, as the title 中共…（…局） is (合署: docs/schema.md §1, session 29)
        plaque = _written_plaque(as_written, text)
        agency, region, level, kind, more = _describe(plaque or as_written, context, sites)
        warnings.extend(more)
        whole = _issuer_whole(as_written, fields) if agency is not None and region is None else None
        if whole is not None:
            # 江北新区教育和社会保障局 in the title, 发布机构：南京江北新区管理委员会教育和社会保障局
            full, full_region, full_level, full_kind, more = _describe(whole, context, sites)
            if full is not None and full_region is not None:
                agency, region, level, kind = full, full_region, full_level, full_kind
                warnings.extend(more)
    if agency is not None:
        # Brackets inside a canonical name are full-width, as the state writes names (杭州
        # 高新开发区（滨江）市场监督管理局): the normalised text's half-width ones gave
        # another string for the same body than its heading's (meta25 z27), as the zone's
        # name already was (中国（上海）自由贸易试验区…, _describe).
        agency = agency.replace(_ZERO_STAND_IN, _ZERO).translate(_FULL_WIDTH_BRACKETS)
    if as_written is not None:
        as_written = as_written.replace(_ZERO_STAND_IN, _ZERO)
    return Metadata(agency, None, None, None, page.script, as_written, region, level, kind), tuple(
        w.replace(_ZERO_STAND_IN, _ZERO) for w in warnings
    )


def _cued(
    page: PageReading, own: tuple[str, ...] | None, sites: Sequence[str], warnings: list[str]
) -> tuple[str | None, str | None]:
    """The agency as written from the page's cues, strongest first (the heading and
    labels, the page title, the site's name, the footer's owner, an image's title, the
    ContentSource, the banner's logo, a list of its reports), and the spam found where the
    name should be; the warnings of the cue read are added to ``warnings``."""
    text, head, tail, fields, year = page.text, page.head, page.tail, page.fields, page.year
    titles, title_lists = page.titles, list(page.title_lists)
    image_titles, page_sources, logo_names = page.image_titles, page.page_sources, page.logo_names
    as_written, spam = _agency(head, fields, own, tail)
    if as_written is None and titles:
        as_written, title_spam = _agency("\n".join(titles), {}, own)
        spam = spam or title_spam
        if as_written is not None:
            warnings.append(f"metadata.agency_from_page_title: {as_written!r}")
    if as_written is None and own is not None:
        as_written = _site_agency(sites, own)
        if as_written is not None:
            warnings.append(f"metadata.agency_from_page_title: {as_written!r} (the site's name)")
    if as_written is None and own is not None:
        # The site's owner as its footer names it (主办单位：阜阳市生态环境局, 版权所有：…), read as its
        # name in the page title is (meta19 t25): one owner, never a government's.
        hosts = {m["name"] for host in _HOSTS for m in host.finditer(tail)}
        as_written = _site_agency(sorted(hosts), own) if len(hosts) == 1 else None
        if as_written is not None and not _may_report(as_written, text, tail, titles, sites):
            warnings.append(
                f"metadata.agency_site_owner_other: the footer's owner {as_written!r} hosts"
                " other bodies' reports or is of another level than the report's own area;"
                " not read as the agency"
            )
            as_written = None
        if as_written is not None:
            warnings.append(f"metadata.agency_from_site_owner: {as_written!r} (主办 in the footer)")
    if as_written is None and year is not None and image_titles:
        as_written = _pictured_agency(image_titles, year, own)
        if as_written is not None:
            warnings.append(f"metadata.agency_from_image_title: {as_written!r}")
    if as_written is None and own is not None and len(set(page_sources)) == 1:
        # <meta name="ContentSource" content="淮安市淮安区教育体育局"> above a 我局 report that
        # names itself nowhere (meta19 t35); as a site's name, never a government (the
        # portal's owner), and only of the kind the report calls itself
        as_written = _site_agency(page_sources, own)
        if as_written is not None:
            warnings.append(f"metadata.agency_from_page_source: {as_written!r} (ContentSource)")
    if as_written is None and own is not None and len(set(logo_names)) == 1:
        # <img alt="宁德市蕉城区农业农村局"> in the banner of a 我局 report that names itself
        # nowhere (meta20 u34): the site's owner, read as its name in the page title is
        # (a portal's government never; one logo name; the kind the report calls itself)
        as_written = _site_agency(logo_names, own)
        if as_written is not None:
            warnings.append(f"metadata.agency_from_logo: {as_written!r} (the banner's image)")
    if as_written is None and own is not None:
        # 首页 > 部门 > 宁安市林业和草原局 > 年度报告 over a 我局 report that names itself nowhere
        # (meta30 c04): the column the page is filed under, read as a site's name is (never
        # a government's; one such column; the kind the report calls itself)
        columns = _crumb_columns(page.top)
        as_written = _site_agency(columns, own) if len(set(columns)) == 1 else None
        if as_written is not None:
            warnings.append(f"metadata.agency_from_crumb: {as_written!r} (the crumb's column)")
    if as_written is None and year is None:
        as_written = _list_agency(text, title_lists)
        if as_written is not None:
            warnings.append(f"metadata.agency_from_list: {as_written!r} (a list of its reports)")
    return as_written, spam


_FULL_WIDTH_BRACKETS = str.maketrans("()", "（）")


def _may_report(
    owner: str, text: str, tail: str, titles: Sequence[str], sites: Sequence[str]
) -> bool:
    """Whether a footer's site owner can be the body of the 我局-style report above it
    (data/agency.json site_owners, red26): no body that runs a portal for others (a data
    bureau, a media centre), and none of a higher level than every level the report's own
    area words allow (全县 and 县委县政府 only, under a city's bureau)."""
    words = _words()
    if owner.endswith(words.site_operators):
        return False
    allowed = [levels for pattern, levels in words.own_area_levels if pattern.search(text)]
    if not allowed:
        return True
    level = _describe(owner, "\n。\n".join([text, tail, *titles]), sites)[2]
    return level is None or any(level in levels for levels in allowed)


# A site's owner in its footer (主办单位：某局　承办：某局办公室; 版权所有：某局): the name ends
# before the next label (承办, 协办, 地址…) or at the first character that is no name's;
# or said in a sentence (本网站由某局主办), or as the owner before 版权所有 (某局 版权所有:
# meta26 b29, b32 were null). Every such name of a footer is read: more than one names no owner.
_HOSTS = (
    re.compile(
        r"(?:主办(?:单位)?|版权所有)\s*[:：]\s*(?P<name>[\u4e00-\u9fff()（）]{2,40}?)"
        r"(?=承办|协办|技术支持|运维|地址|联系|电话|网站|邮编|版权所有|[^\u4e00-\u9fff()（）]|$)"
    ),
    re.compile(r"本?网站由\s*(?P<name>[\u4e00-\u9fff()（）]{2,40}?)\s*主办"),
    # (the whole run of name characters before the words; 版权所有：… is the first pattern's)
    re.compile(
        r"(?<![\u4e00-\u9fff()（）])(?P<name>[\u4e00-\u9fff()（）]{2,40})\s*版权所有(?!\s*[:：])"
    ),
)
