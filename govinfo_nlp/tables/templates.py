"""Label → field mapping: row labels, header words and template markers, from ``data/labels.json``.

Rows are recognised by the words of their label, never by their position,
so a missing or reordered row never shifts the others. Labels are compared
after :func:`clean_label`: Simplified script, no spaces, no leading numbering
(一、 （三） 2.), no parenthetical remarks (（区分处理的，只计这一情形…）).

>>> clean_label("（二）部分公開（区分处理的，只计这一情形，不计其他情形）")
'部分公开'
>>> match_row("（三）不予公开 1.属于国家秘密", context=frozenset())
't3.denied.state_secret'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final

from ..datafiles import load_json
from ..errors import RuleFileError
from ..normalize import normalize_text
from ..schema import T2_COLUMNS, T2_ROWS, T3_COLUMNS, T3_ROWS, T4_COLUMNS, T4_GROUPS
from ..textcache import text_cache

__all__ = [
    "CACHED_TEXT",
    "LabelRules",
    "clean_label",
    "compact",
    "header_tokens",
    "header_words",
    "is_group",
    "is_structural",
    "layout_anchors",
    "load_rules",
    "match_row",
    "row_columns",
    "row_matcher",
    "template_votes",
]

_DATA_FILE: Final = "tables/data/labels.json"

# Longest label the row patterns may sit in; prose lines are longer. The
# 2021 sub-rows of (六)其他处理 are the longest real labels (~32 characters).
_MAX_LABEL: Final = 48

_WS = re.compile(r"\s+")

# The longest text the stage's caches of cells and lines keep (govinfo_nlp/textcache.py):
# labels and header lines are far shorter, and a longer text is prose, which seldom
# repeats; a hostile line of megabytes is then kept by none of them.
CACHED_TEXT: Final = 256

# Leading numbering of a row label, repeated: "三、", "(三)", "3.", "3、", "①".
_NUMBERING = re.compile(
    r"""
    ^ (?:
        [一二三四五六七八九十]+ [、.．]          # 一、  三.
      | \( [一二三四五六七八九十\d]+ \)          # (三)  (3)
      | \d+ [.、．)]                             # 3.  3、  3)
      | [①-⑳]                                   # circled numbers
    )
    """,
    re.VERBOSE,
)
_PAREN = re.compile(r"\([^()]*\)")
# A sentence, not a label: full stops, or a count with its counter ("上年结转…数量0件").
_PROSE = re.compile(r"[。;；!?！？]|\d+(?:\.\d+)?(?:件|条|个|项|人|次|%|年|月|日|宗|万|元)")
# Markup left in cell text by Markdown renderings of HTML tables ("本年新<br>制作数量").
_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^<>]{0,40}>")


@text_cache(maxsize=4096, longest=CACHED_TEXT)
def compact(text: str) -> str:
    """Simplified script, half width, no whitespace: the form every comparison uses."""
    text = normalize_text(text, traditional=True)
    text = text.replace("（", "(").replace("）", ")").replace("：", ":")
    if "<" in text:  # (a tag opens with one: most cells have none)
        text = _TAG.sub("", text)
    # str.split() splits on what \s matches in a str pattern (str.isspace), in C
    return "".join(text.split())


# The longest label clean_label keeps: a cell of 65 characters or more (a wrapped row
# label joined, a prose line) was never asked for twice before it left the cache (0
# of 1,759 such texts over 300 generated and the 184 real reports, a first pass), and
# kept, such texts pushed out the short labels that do repeat. (compact keeps them:
# its callers ask for the same long text one after another.)
_CACHED_LABEL: Final = 64


@text_cache(maxsize=4096, longest=_CACHED_LABEL)
def clean_label(text: str) -> str:
    """A cell reduced to the words that identify its row (see module doc)."""
    label = compact(text)
    while True:
        stripped = _NUMBERING.sub("", label, count=1)
        if stripped == label:
            break
        label = stripped
    previous = None
    while previous != label and "(" in label:  # (a remark opens with one)
        previous = label
        label = _PAREN.sub("", label)
    # A remark cut by a line break: "部分公开(区分处理的," / "不计其他情形)".
    if "(" in label:
        label = label[: label.index("(")]
    if ")" in label:
        label = label[label.rindex(")") + 1 :]
    return label


@dataclass(frozen=True, slots=True)
class RowRule:
    field: str  # "t3.denied.internal" (table + row, no column)
    patterns: tuple[re.Pattern[str], ...]
    context: str | None


@dataclass(frozen=True, slots=True)
class HeaderRule:
    pattern: re.Pattern[str]
    column: str


@dataclass(frozen=True, slots=True)
class LabelRules:
    rows: tuple[RowRule, ...]
    groups: tuple[re.Pattern[str], ...]
    structural: tuple[re.Pattern[str], ...]
    t2_headers: tuple[HeaderRule, ...]
    t3_headers: tuple[HeaderRule, ...]
    t4_headers: tuple[HeaderRule, ...]
    markers: Mapping[str, tuple[re.Pattern[str], ...]]


def _known_rows() -> set[str]:
    rows = {f"t2.{r}" for tpl in T2_ROWS.values() for r in tpl}
    rows |= {f"t3.{r}" for r in T3_ROWS}
    return rows


def _known_columns(table: str) -> set[str]:
    if table == "t2":
        return set(T2_COLUMNS) | {"made|published"}
    if table == "t3":
        return set(T3_COLUMNS) | {"@legal_entities"}
    return set(T4_COLUMNS) | {f"@{g}" for g in T4_GROUPS} | {"@suit"}


def _compile(raw: Any, where: str, problems: list[str]) -> re.Pattern[str] | None:
    if not isinstance(raw, str) or not raw:
        problems.append(f"{where}: pattern must be a non-empty string")
        return None
    try:
        return re.compile(raw)
    except re.error as exc:
        problems.append(f"{where}: bad regex {raw!r}: {exc}")
        return None


def _parse_rules(data: Any, source: str) -> LabelRules:
    problems: list[str] = []
    if not isinstance(data, dict):
        raise RuleFileError(f"{source}: top level must be an object")
    known = _known_rows()
    rows: list[RowRule] = []
    for i, entry in enumerate(data.get("rows", [])):
        where = f"{source}:rows[{i}]"
        if not isinstance(entry, dict) or "field" not in entry or "patterns" not in entry:
            problems.append(f"{where}: needs 'field' and 'patterns'")
            continue
        if entry["field"] not in known:
            problems.append(f"{where}: unknown row {entry['field']!r}")
        context = entry.get("context")
        if context not in (None, "t3.body", "t3.after_other_handling"):
            problems.append(f"{where}: unknown context {context!r}")
        pats = [_compile(p, where, problems) for p in entry["patterns"]]
        rows.append(RowRule(entry["field"], tuple(p for p in pats if p), context))

    def patterns(key: str) -> tuple[re.Pattern[str], ...]:
        out = [
            _compile(p, f"{source}:{key}[{i}]", problems) for i, p in enumerate(data.get(key, []))
        ]
        return tuple(p for p in out if p)

    def headers(key: str, table: str) -> tuple[HeaderRule, ...]:
        out: list[HeaderRule] = []
        for i, entry in enumerate(data.get(key, [])):
            where = f"{source}:{key}[{i}]"
            if not isinstance(entry, dict) or entry.get("column") not in _known_columns(table):
                problems.append(f"{where}: needs 'pattern' and a known 'column'")
                continue
            pat = _compile(entry.get("pattern"), where, problems)
            if pat:
                out.append(HeaderRule(pat, entry["column"]))
        return tuple(out)

    markers: dict[str, tuple[re.Pattern[str], ...]] = {}
    for tpl, pats in data.get("template_markers", {}).items():
        if tpl not in ("2019", "2021"):
            problems.append(f"{source}:template_markers: unknown template {tpl!r}")
            continue
        compiled = [
            _compile(p, f"{source}:template_markers.{tpl}[{i}]", problems)
            for i, p in enumerate(pats)
        ]
        markers[tpl] = tuple(p for p in compiled if p)
    rules = LabelRules(
        rows=tuple(rows),
        groups=patterns("groups"),
        structural=patterns("structural"),
        t2_headers=headers("t2_headers", "t2"),
        t3_headers=headers("t3_headers", "t3"),
        t4_headers=headers("t4_headers", "t4"),
        markers=markers,
    )
    if problems:
        raise RuleFileError("invalid label rules:\n" + "\n".join(problems))
    return rules


@lru_cache(maxsize=1)
def load_rules() -> LabelRules:
    """The packaged label rules (validated; every bad entry reported as file:index)."""
    return _parse_rules(load_json(_DATA_FILE), _DATA_FILE)


# Group references (\1, (?P=name), (?(1)…)) that joining the patterns would break.
_BACKREFERENCE = re.compile(r"\\\d|\(\?P=|\(\?\(")


def _joined(patterns: list[str]) -> re.Pattern[str] | None:
    """One pattern that matches where any of ``patterns`` matches; ``None`` when
    they cannot be joined safely (a group reference would be renumbered; a
    global flag is only allowed at the very start)."""
    if not patterns or any(_BACKREFERENCE.search(p) for p in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns))
    except re.error:
        return None


@lru_cache(maxsize=1)
def _any_row_pattern() -> re.Pattern[str] | None:
    """One pattern that matches where any row pattern (of any context) matches."""
    return _joined([p.pattern for rule in load_rules().rows for p in rule.patterns])


@lru_cache(maxsize=1)
def any_t2_header() -> re.Pattern[str] | None:
    """One pattern that matches where any table 二 header pattern matches (see _joined)."""
    return _joined([rule.pattern.pattern for rule in load_rules().t2_headers])


def match_row(text: str, *, context: frozenset[str]) -> str | None:
    """The row (``t3.granted``…) a label cell names, or ``None``.

    ``context`` holds the context tags that apply here ("t3.body",
    "t3.after_other_handling"); rows restricted to a context match only there.
    """
    return row_matcher(context)(text)


# The readers use three contexts (headers.CTX_*), the PDF reader one more.
_CONTEXTS: Final = 4
# Labels repeat within and across documents: a context's answers are kept per
# cell text (up to 4096 cells a context, as many as the other label caches).
_LABELS_PER_CONTEXT: Final = 4096


@lru_cache(maxsize=_CONTEXTS)
def row_matcher(context: frozenset[str]) -> Callable[[str], str | None]:
    """:func:`match_row` in one ``context``, memoised by the cell text alone.

    One cache a context rather than one keyed by (text, context): an entry is
    the text itself, where a key tuple (and its hashing, at every call) cost as
    much as the entry; a reader takes the matcher of its context once and calls
    it for each cell.
    """

    @text_cache(maxsize=_LABELS_PER_CONTEXT, longest=CACHED_TEXT)
    def match(text: str) -> str | None:
        return _match_label(clean_label(text), context)

    return match


# Not cached: match_row is, and a cell new to it rarely cleans to a label
# already tried (4 % of the time on generated and real reports), while an
# entry would hold every new cell's label for the rest of the process.
def _match_label(label: str, context: frozenset[str]) -> str | None:
    if not label or len(label) > _MAX_LABEL or _PROSE.search(label):
        return None
    any_row = _any_row_pattern()
    if any_row is not None and any_row.search(label) is None:
        return None  # no row pattern matches anywhere: one search instead of one per pattern
    best: tuple[int, str] | None = None
    for rule in load_rules().rows:
        if rule.context is not None and rule.context not in context:
            continue
        for pattern in rule.patterns:
            found = pattern.search(label)
            if found and (best is None or len(found.group()) > best[0]):
                best = (len(found.group()), rule.field)
    return best[1] if best else None


@lru_cache(maxsize=2)
def _any_pattern(kind: str) -> tuple[re.Pattern[str], ...]:
    """The rules' ``groups`` or ``structural`` patterns, joined into one where they can be
    (see _joined): a cell new to the process is searched once, not once a pattern."""
    pats: tuple[re.Pattern[str], ...] = getattr(load_rules(), kind)
    joined = _joined([p.pattern for p in pats]) if pats else None
    return (joined,) if joined is not None else pats


def is_group(text: str) -> bool:
    """A row-group label (（三）不予公开, 三、本年度办理结果) that carries no values itself."""
    label = clean_label(text)
    return any(p.search(label) for p in _any_pattern("groups"))


def is_structural(text: str) -> bool:
    """A cell that belongs to the table furniture: sub-table captions, notes, headings."""
    label = compact(text)
    return any(p.search(label) for p in _any_pattern("structural"))


def _header_rules(table: str) -> tuple[HeaderRule, ...]:
    """The header rules of table ``t2``, ``t3`` or ``t4`` (a KeyError for another)."""
    rules = load_rules()
    return {"t2": rules.t2_headers, "t3": rules.t3_headers, "t4": rules.t4_headers}[table]


def header_tokens(table: str, text: str) -> list[str]:
    """Header words of ``table`` found in ``text`` (cells concatenated), in reading order.

    >>> header_tokens("t3", "自然人|法人或其他组织|总计|商业\\n企业|科研机构")
    ['natural', '@legal_entities', 'total', 'commercial', 'research']
    """
    rules = _header_rules(table)
    flat = compact(text).replace("|", "")
    ordered = sorted(rules, key=lambda r: -len(r.pattern.pattern))
    found: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for rule in ordered:
        for m in rule.pattern.finditer(flat):
            if m.end() == m.start():
                continue
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), m.end(), rule.column))
    return [col for _, _, col in sorted(found)]


@lru_cache(maxsize=4)
def header_words(table: str) -> dict[str, str]:
    """The header words of ``table`` that are plain words, and the column each names.

    A column starting with ``@`` is a group (法人或其他组织, 行政复议...).

    >>> header_words("t3")["自然人"], header_words("t4")["行政复议"]
    ('natural', '@review')
    """
    rules = _header_rules(table)
    return {
        r.pattern.pattern: r.column
        for r in rules
        if re.escape(r.pattern.pattern) == r.pattern.pattern
    }


@lru_cache(maxsize=1)
def layout_anchors() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """Every word that opens a zone ("zone", "t2", "t3") in raw text (labels.json), as
    one pattern, and the zones each word opens: a page is scanned once for all three.

    The first match of a zone's word is the first match of the pattern that opens
    it only if no word can hide another (contain it, or end with its beginning):
    the data's words are checked for that here.
    """
    anchors: dict[str, list[str]] = load_json(_DATA_FILE)["layout_anchors"]
    zones: dict[str, set[str]] = {}
    for zone, words in anchors.items():
        for word in words:
            zones.setdefault(word, set()).add(zone)
    for a in zones:
        for b in zones:
            if a != b and (b in a or any(a.endswith(b[:k]) for k in range(1, len(b)))):
                raise ValueError(
                    f"layout anchors {a!r} and {b!r} overlap: one would hide the other"
                )
    pattern = re.compile("|".join(re.escape(w) for w in zones))
    return pattern, {w: frozenset(z) for w, z in zones.items()}


def t2_header_column(text: str) -> str | None:
    """The table 二 column a header cell names ("made|published" for a truncated 本年新)."""
    label = compact(text)
    for rule in load_rules().t2_headers:
        if rule.pattern.search(label):
            return rule.column
    return None


@lru_cache(maxsize=1)
def _marker_patterns() -> tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]:
    """Each template's marker patterns, joined into one where they can be (see _joined):
    a cell new to the process is searched twice a template, not twice a marker."""
    out: list[tuple[str, tuple[re.Pattern[str], ...]]] = []
    for tpl, pats in load_rules().markers.items():
        joined = _joined([p.pattern for p in pats]) if pats else None
        out.append((tpl, (joined,) if joined is not None else pats))
    return tuple(out)


def template_votes(text: str) -> set[str]:
    """Templates whose marker words appear in one cell."""
    label = compact(text)
    cleaned = clean_label(text)
    return {
        tpl
        for tpl, pats in _marker_patterns()
        if any(p.search(label) or p.search(cleaned) for p in pats)
    }


def row_columns(row_field: str) -> tuple[str, ...]:
    """Every column a row may have in either template (table 二), in template order."""
    table, _, row = row_field.partition(".")
    if table == "t3":
        return tuple(T3_COLUMNS)
    cols: list[str] = []
    for tpl in ("2019", "2021"):
        if row in T2_ROWS[tpl]:
            cols += [c for c in T2_ROWS[tpl][row][1] if c not in cols]
    return tuple(cols)
