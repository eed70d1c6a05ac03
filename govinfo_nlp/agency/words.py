"""The agency's word lists (``data/agency.json``: name heads, level words, national bodies,
self-references, zones…), read once on first use."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby

from ..datafiles import load_json
from ..metadata import _alternation


@dataclass(frozen=True, slots=True)
class _Words:
    heads: tuple[str, ...]
    title_heads: tuple[str, ...]  # 有限公司: a name's ending read from a title only
    ministry: tuple[str, ...]
    fragments: re.Pattern[str]
    leading: re.Pattern[str]
    generic: frozenset[str]
    titled_governments: dict[str, str]  # 市政府 before a title's year → 市人民政府
    level_words: dict[str, str]
    not_level: tuple[str, ...]
    national: frozenset[str]
    national_government: frozenset[str]  # 国务院办公厅: kind government
    national_short: dict[str, str]  # 国家发展改革委 → 国家发展和改革委员会
    macro_regions: tuple[str, ...]  # 华东 of 中国民用航空华东地区管理局: no division
    zone_divisions: frozenset[str]  # 苏州工业园区: listed as a division, run by a 管委会
    government_tails: frozenset[str]
    government_full: dict[str, str]  # 政府办公室 → 人民政府办公室: a government's tail in full
    cited_before: tuple[str, ...]  # 按照 of 按照福州市财政局的部署: another body follows
    cited_after: tuple[str, ...]  # 的指导 of 在福州市财政局的指导下: another body leads
    cited_contact: tuple[str, ...]  # 联系 of 请与…联系: the report's own contact line
    cited_documents: re.Pattern[str]  # 要点 after 2023年政务公开工作: another document
    site_operators: tuple[
        str, ...
    ]  # 数据资源管理局: runs a portal for others, no footer's reporter
    own_site_governments: tuple[str, ...]  # 街道办事处: a government whose site is its own
    own_area_levels: tuple[tuple[re.Pattern[str], frozenset[str]], ...]  # 全县 → {county}
    short_form_blockers: frozenset[str]
    abbreviations: tuple[tuple[str, str], ...]
    spelled_out: tuple[tuple[str, tuple[str, ...]], ...]
    opener: re.Pattern[str]
    vertical: tuple[str, ...]
    state_prefix: str  # 中华人民共和国 of 中华人民共和国宁波海关
    unlevelled: tuple[str, ...]
    academies: tuple[str, ...]
    branches: dict[str, tuple[str, ...]]  # parent → branch words, longest parents first
    implied_parent: dict[str, str]  # branch word → the one parent it belongs to
    implied_not: tuple[str, ...]
    branch_subs: dict[str, tuple[str, ...]]  # 税务局 → 稽查局: a branch's own body after it
    corps: str
    corps_short: str  # 兵团 of 兵团民政局: the Corps' own short form
    corps_code: str
    corps_heads: tuple[str, ...]
    self_reference: dict[str, list[str]]
    self_words: tuple[re.Pattern[str], ...]  # the keys of self_reference, by first character
    name_words: re.Pattern[str]  # name words holding a fragment's character (公共)
    zones: tuple[str, ...]  # a zone's last words (高新区): no people's government
    dispatched_short: tuple[str, ...]  # 苏州市吴江生态环境局: named with the short county
    bracketed_zone: re.Pattern[str]  # 中国（上海）自由贸易试验区: the province in brackets
    new_areas: dict[str, str]  # 湘江新区 → 湖南: a state-level new area's one province
    party_prefix: tuple[str, ...]  # 中共 of 中共南通市委网信办: kept before the area
    party_committee: str  # 委 after the area: the area's party committee runs the body
    party_departments: frozenset[str]  # 社会工作部: a party committee's, named with its 委
    crumb_report_endings: tuple[str, ...]  # 年度报告: a crumb's column of annual reports


@lru_cache(maxsize=1)
def _words() -> _Words:
    raw = load_json("data/agency.json")
    self_reference = {k: v for k, v in raw["self_reference"].items() if k != "_doc"}
    levels = {
        w: level
        for level, ws in raw["level_words"].items()
        if not level.startswith("_")
        for w in ws
    }
    return _Words(
        heads=tuple(sorted(raw["heads"]["words"], key=len, reverse=True)),
        title_heads=tuple(sorted(raw["title_heads"]["words"], key=len, reverse=True)),
        ministry=tuple(raw["heads"]["ministry"]),
        fragments=re.compile("|".join(map(re.escape, raw["fragment_words"]["words"]))),
        leading=re.compile(
            "^.*(?:" + "|".join(map(re.escape, raw["leading_verbs"]["words"])) + ")"
        ),
        generic=frozenset(raw["generic"]["words"]),
        titled_governments=dict(raw["titled_governments"]["forms"]),
        level_words=dict(sorted(levels.items(), key=lambda kv: -len(kv[0]))),
        not_level=tuple(raw["level_words"]["_not"]),
        vertical=tuple(raw["vertical"]["words"]),
        state_prefix=raw["vertical"]["state_prefix"],
        unlevelled=tuple(raw["unlevelled"]["words"]),
        academies=tuple(raw["unlevelled"]["not"]),
        branches={
            parent: tuple(sorted(ends, key=len, reverse=True))
            for parent, ends in sorted(
                raw["vertical_parents"]["parents"].items(), key=lambda kv: -len(kv[0])
            )
        },
        implied_parent={
            k: v for k, v in raw["vertical_parents"]["implied"].items() if not k.startswith("_")
        },
        implied_not=tuple(raw["vertical_parents"]["implied_not"]),
        branch_subs={
            k: tuple(v)
            for k, v in raw["vertical_parents"]["sub_bodies"].items()
            if not k.startswith("_")
        },
        corps=raw["corps"]["prefix"],
        corps_short=raw["corps"]["short"],
        corps_code=raw["corps"]["province_code"],
        corps_heads=tuple(raw["corps"]["heads"]),
        self_reference=self_reference,
        # One pattern per first character (我…, 本…), each led by that literal,
        # which re scans for far faster than for the alternation's set of them.
        self_words=tuple(
            re.compile(re.escape(first) + "(?:" + "|".join(re.escape(w[1:]) for w in group) + ")")
            for first, group in groupby(
                sorted(self_reference, key=lambda w: w[0]), key=lambda w: w[0]
            )
        ),
        national=frozenset(raw["national"]["words"]),
        national_government=frozenset(raw["national"]["government"]),
        national_short={
            k: v for k, v in raw["national_short"]["forms"].items() if not k.startswith("_")
        },
        macro_regions=tuple(raw["macro_regions"]["words"]),
        zone_divisions=frozenset(raw["zones"]["divisions"]),
        name_words=re.compile("|".join(map(re.escape, raw["name_words"]["words"]))),
        zones=tuple(sorted(raw["zones"]["words"], key=len, reverse=True)),
        dispatched_short=tuple(raw["dispatched_short"]["words"]),
        bracketed_zone=re.compile(
            r"中国[(（](?P<area>[\u4e00-\u9fff]{2,8})[)）](?:"
            + _alternation(raw["zones"]["bracketed"])
            + ")"
        ),
        new_areas=dict(raw["zones"]["new_areas"]),
        party_prefix=tuple(sorted(raw["party_prefix"]["words"], key=len, reverse=True)),
        party_committee=raw["party_prefix"]["committee"],
        party_departments=frozenset(raw["party_prefix"]["departments"]),
        crumb_report_endings=tuple(raw["crumb_report_columns"]["endings"]),
        government_tails=frozenset(raw["government_tails"]["words"]),
        government_full=dict(raw["government_tails"]["full"]),
        cited_before=tuple(raw["cited_before"]["words"]),
        cited_contact=tuple(raw["cited_before"]["contact"]),
        cited_documents=re.compile(
            r"[^。，,；;、\n]{0,10}?(?:" + _alternation(raw["cited_before"]["documents"]) + ")"
        ),
        cited_after=tuple(raw["cited_before"]["after"]),
        site_operators=tuple(raw["site_owners"]["operators"]),
        own_site_governments=tuple(raw["site_owners"]["own_site_governments"]),
        own_area_levels=tuple(
            (re.compile(_alternation(v["words"])), frozenset(v["allows"]))
            for k, v in raw["site_owners"]["levels"].items()
            if not k.startswith("_")
        ),
        short_form_blockers=frozenset(raw["short_form_blockers"]["chars"]),
        abbreviations=tuple((a, b) for a, b in raw["abbreviations"]["pairs"]),
        spelled_out=tuple((a, tuple(b)) for a, b in raw["spelled_out"]["pairs"]),
        opener=re.compile(
            # The subject of the opening sentence: right after the overview
            # heading, or after a leading year (2021年度,结合工作实际,海口市财政局
            # 坚持…; a short clause between them is skipped only when no name
            # follows the year). Elsewhere a line's subject may be any agency.
            rf"(?:(?:总体情况|概述)[)）]?\s*(?:{_LEAD_YEAR})?|(?:^|。)\s*{_LEAD_YEAR})"
            rf"(?P<agency>{_NAME})(?:"
            + "|".join(map(re.escape, sorted(raw["opener_verbs"]["words"], key=len, reverse=True)))
            + ")",
            re.M,
        ),
    )


_NAME = r"[\u4e00-\u9fff()（）]{2,40}?"


_LEAD_YEAR = r"20\d\d\s*年度?\s*[,，]?\s*(?:[^。\n,，]{1,12}[,，]\s*)??"
