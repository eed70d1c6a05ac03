"""Synthetic 政府信息公开工作年度报告 with known truth.

One call, :func:`generate_report`, returns a :class:`SyntheticReport`: the file content
as a scraped page would show it (six layouts, two scripts, optional page chrome and
injected faults) together with everything a parser should recover from it: every table
cell, every narrative quantity with its exact offsets, the expected reconciliation
verdicts and the warnings the faults must trigger.

Everything is a pure function of the seed (``random.Random(seed)``); phrasings live in
``govinfo_nlp_dev/synthetic/phrases.json``; table labels come from :mod:`govinfo_nlp.schema`.
"""

from __future__ import annotations

import html as _html
import itertools
import json
import math
import os
import random
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from govinfo_nlp.schema import (
    T2_ROWS,
    T3_COLUMNS,
    T3_RESULT_ROWS,
    T3_ROWS,
    T3_ROWS_BY_TEMPLATE,
    T4_COLUMNS,
    T4_GROUPS,
    table_fields,
)

__all__ = [
    "FAULTS",
    "LAYOUTS",
    "SyntheticReport",
    "TrueFact",
    "evaluate_checks",
    "generate_corpus",
    "generate_report",
    "to_traditional",
]

LAYOUTS = ("pipe", "cell_per_line", "html", "markdown", "tsv", "pdf_text")
# the faults that act on the tables: a report without tables (no template) takes none of them
_TABLE_FAULTS = (
    "dropped_cell",
    "extra_cell",
    "wrong_total",
    "blank_cells",
    "blank_total_column",
    "dropped_empty_cells",
    "missing_tables",
)
FAULTS = (*_TABLE_FAULTS, "traditional", "chrome", "spam_agency")
_SCRIPTS = ("simplified", "traditional")
_PHRASES_PATH = Path(__file__).with_name("phrases.json")

_T3_VALUE_COLS = tuple(c for c in T3_COLUMNS if c != "total")
_T4_VALUE_COLS = tuple(c for c in T4_COLUMNS if c != "total")
# Counters that take Chinese numerals naturally (两场, 三期); 件/条 counts stay Arabic.
_MEASURE_WORDS = frozenset({"场", "场次", "次", "期", "个", "轮", "名", "部"})
_BLANK_MARKS = ("", "/", "-", "无")


# --------------------------------------------------------------------------- public data


@dataclass(frozen=True)
class TrueFact:
    """One quantity written into the prose, with what a perfect extractor would report.

    ``start``/``end`` delimit the quantity as written (approximation markers included:
    "近50家", "800多人次", "超过3000次") in ``SyntheticReport.text``; ``text`` is that slice.
    ``fields`` are the table fields the fact reconciles with (empty when its type has
    no table counterpart) and ``verdict`` the expected reconciliation result.
    """

    type: str
    value: int | float
    unit: str
    approx: str | None
    scope: str
    year: int
    subject: str
    start: int
    end: int
    verdict: str | None
    section: str
    fields: tuple[str, ...]
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "value": self.value,
            "unit": self.unit,
            "approx": self.approx,
            "scope": self.scope,
            "year": self.year,
            "section": self.section,
            "span": [self.start, self.end],
            "text": self.text,
            "subject": self.subject,
            "fields": list(self.fields),
            "verdict": self.verdict,
        }


@dataclass(frozen=True)
class SyntheticReport:
    """A generated report and its truth. Offsets point into ``text`` exactly."""

    text: str
    format: str
    template: str | None
    year: int
    agency: str
    published: str
    truth: dict[str, int | float]
    facts: tuple[TrueFact, ...]
    faults: tuple[str, ...]
    expected_warnings: tuple[str, ...]
    sections: dict[str, tuple[int, int]]
    layout: str = "pipe"
    script: str = "simplified"
    seed: int = 0
    #: Cells the faults took out of ``truth`` (blanked, or dropped from the
    #: rendering) with the value they had: the value a reader may work out
    #: from the table's sums when a cell was lost, never one it may read.
    hidden: dict[str, int | float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "seed": self.seed,
            "layout": self.layout,
            "script": self.script,
            "format": self.format,
            "template": self.template,
            "year": self.year,
            "agency": self.agency,
            "published": self.published,
            "truth": dict(self.truth),
            "hidden": dict(self.hidden),
            "facts": [f.to_dict() for f in self.facts],
            "faults": list(self.faults),
            "expected_warnings": list(self.expected_warnings),
            "sections": {k: list(v) for k, v in self.sections.items()},
        }


# --------------------------------------------------------------------------- helpers


@lru_cache(maxsize=1)
def _phrases() -> dict[str, Any]:
    with _PHRASES_PATH.open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


@lru_cache(maxsize=1)
def _s2t() -> Any:
    import opencc

    if hasattr(opencc, "OpenCC"):
        return opencc.OpenCC("s2t")
    # Some installs ship only the compiled core (no opencc/__init__.py); use it directly.
    from opencc.clib import opencc_clib  # type: ignore[attr-defined]

    config = os.path.join(os.path.dirname(opencc_clib.__file__), "share", "opencc", "s2t.json")
    raw = opencc_clib._OpenCC(config)

    class _Converter:
        def convert(self, text: str) -> str:
            return str(raw.convert(text, len(text.encode("utf-8"))))

    return _Converter()


def to_traditional(text: str) -> str:
    """OpenCC s2t, the conversion used for ``script="traditional"`` reports."""
    return str(_s2t().convert(text)) if text else text


def _cn_numeral(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n == 2:
        return "两"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n - 10] if n > 10 else "")
    return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")


def _log_int(rng: random.Random, lo: int, hi: int) -> int:
    return round(math.exp(rng.uniform(math.log(lo + 1), math.log(hi + 1)))) - 1


def _num(x: float) -> int | float:
    """An int when the value is integral (SCHEMA: int where the cell is an integer)."""
    if float(x).is_integer():
        return int(x)
    return round(float(x), 6)


def _fmt_decimal(x: float, decimals: int) -> str:
    if decimals == 0 or float(x).is_integer():
        return str(round(x))
    return f"{x:.{decimals}f}"


# --------------------------------------------------------------------------- checks


def evaluate_checks(truth: dict[str, int | float], template: str | None) -> dict[str, bool]:
    """The SCHEMA §2 single-report checks that can be evaluated on ``truth``.

    A check is evaluated only when every field it reads is present; the result maps
    check id to whether it holds.
    """
    if template is None:
        return {}
    out: dict[str, bool] = {}

    def get(*fields: str) -> list[int | float] | None:
        vals = [truth.get(f) for f in fields]
        return None if any(v is None for v in vals) else vals  # type: ignore[return-value]

    rows = T3_ROWS_BY_TEMPLATE[template]
    for row in rows:
        vals = get(*(f"t3.{row}.{c}" for c in T3_COLUMNS))
        if vals is not None:
            out[f"t3.row_total.{row}"] = sum(vals[:-1]) == vals[-1]
    for col in T3_COLUMNS:
        vals = get(f"t3.results_total.{col}", *(f"t3.{r}.{col}" for r in T3_RESULT_ROWS[template]))
        if vals is not None:
            out[f"t3.results_sum.{col}"] = vals[0] == sum(vals[1:])
        vals = get(
            *(f"t3.{r}.{col}" for r in ("new", "carried_in", "results_total", "carried_out"))
        )
        if vals is not None:
            out[f"t3.balance.{col}"] = vals[0] + vals[1] == vals[2] + vals[3]
    for group in T4_GROUPS:
        vals = get(*(f"t4.{group}.{c}" for c in T4_COLUMNS))
        if vals is not None:
            out[f"t4.total.{group}"] = sum(vals[:-1]) == vals[-1]
    return out


# --------------------------------------------------------------------------- table values

# Relative frequency of each result row among handled applications (real reports:
# mostly granted or "not held", a tail of everything else).
_RESULT_WEIGHTS = {
    "granted": 35,
    "partial": 8,
    "denied.state_secret": 0.3,
    "denied.prohibited": 0.5,
    "denied.security": 0.4,
    "denied.third_party": 2,
    "denied.internal": 1.5,
    "denied.process": 2,
    "denied.enforcement": 0.8,
    "denied.query": 2,
    "unavailable.not_held": 22,
    "unavailable.needs_creation": 4,
    "unavailable.unclear": 3,
    "not_processed.complaint": 5,
    "not_processed.duplicate": 4,
    "not_processed.publication": 1,
    "not_processed.mass": 1,
    "not_processed.confirm": 1,
    "other_handling": 7,
    "other_handling.no_supplement": 4,
    "other_handling.no_fee": 0.5,
    "other_handling.other": 3,
}


def _gen_t3(rng: random.Random, template: str) -> dict[str, int]:
    scale = rng.choices(("none", "small", "medium", "large"), (30, 40, 20, 10))[0]
    if scale == "none":
        natural = 0
    elif scale == "small":
        natural = rng.randint(1, 10)
    elif scale == "medium":
        natural = rng.randint(10, 100)
    else:
        natural = _log_int(rng, 100, 3000)
    truth: dict[str, int] = {}
    new = {c: 0 for c in _T3_VALUE_COLS}
    new["natural"] = natural
    if natural:
        for col, share in (
            ("commercial", 0.15),
            ("research", 0.01),
            ("social", 0.02),
            ("legal", 0.03),
            ("other", 0.03),
        ):
            if rng.random() < 0.5:
                new[col] = int(rng.random() * share * natural * 2 + (rng.random() < share * 3))
    carried_in = {
        c: (int(rng.random() * 0.1 * new[c]) if rng.random() < 0.4 else 0) for c in _T3_VALUE_COLS
    }
    result_rows = T3_RESULT_ROWS[template]
    weights = [_RESULT_WEIGHTS[r] for r in result_rows]
    for col in _T3_VALUE_COLS:
        pool = new[col] + carried_in[col]
        out = int(rng.random() * 0.15 * pool) if rng.random() < 0.4 else 0
        handled = pool - out
        counts = Counter(rng.choices(result_rows, weights, k=handled))
        truth[f"t3.new.{col}"] = new[col]
        truth[f"t3.carried_in.{col}"] = carried_in[col]
        for row in result_rows:
            truth[f"t3.{row}.{col}"] = counts[row]
        truth[f"t3.results_total.{col}"] = handled
        truth[f"t3.carried_out.{col}"] = out
    for row in T3_ROWS_BY_TEMPLATE[template]:
        truth[f"t3.{row}.total"] = sum(truth[f"t3.{row}.{c}"] for c in _T3_VALUE_COLS)
    return truth


def _gen_t4(rng: random.Random) -> dict[str, int]:
    truth: dict[str, int] = {}
    busy = rng.random()
    for group, chance in (("review", 0.35), ("suit_direct", 0.18), ("suit_after_review", 0.1)):
        total = _log_int(rng, 1, 40 if busy > 0.9 else 8) if rng.random() < chance else 0
        parts = Counter(rng.choices(_T4_VALUE_COLS, (60, 12, 15, 13), k=total))
        for col in _T4_VALUE_COLS:
            truth[f"t4.{group}.{col}"] = parts[col]
        truth[f"t4.{group}.total"] = total
    return truth


def _signed(rng: random.Random, v: int) -> str:
    if v > 0 and rng.random() < 0.7:
        return f"+{v}"
    return str(v)


def _money(
    rng: random.Random, amount_wan: float, decimals: int, forms: Sequence[str]
) -> tuple[str, int | float]:
    """Render a 万元 amount the way tables do (万元 / 元 / bare) -> (text, truth in 万元)."""
    if amount_wan == 0:
        return "0", 0
    form = rng.choice(forms)
    if form == "wan":
        text = _fmt_decimal(amount_wan, decimals)
        return text + "万元", _num(float(text))
    if form == "yuan":
        yuan = round(amount_wan * 10000)
        return f"{yuan}元", _num(yuan / 10000)
    text = _fmt_decimal(amount_wan, decimals)
    return text, _num(float(text))


def _gen_t2(rng: random.Random, template: str) -> tuple[dict[str, int | float], dict[str, str]]:
    truth: dict[str, int | float] = {}
    shown: dict[str, str] = {}
    quiet = rng.random() < 0.35  # many agencies report all zeros in table 二

    def put(field: str, value: int | float, text: str | None = None) -> None:
        truth[field] = value
        shown[field] = str(value) if text is None else text

    def small(p_zero: float, hi: int) -> int:
        return 0 if quiet or rng.random() < p_zero else _log_int(rng, 1, hi)

    if template == "2019":
        for row, hi, p0 in (("rules", 8, 0.85), ("normative", 40, 0.4)):
            made = small(p0, hi)
            published = made if rng.random() < 0.9 else max(0, made - rng.randint(0, 2))
            put(f"t2.{row}.made", made)
            put(f"t2.{row}.published", published)
            put(f"t2.{row}.total", published + (0 if quiet else _log_int(rng, 0, 1200)))
        for row, hi in (
            ("license", 400),
            ("other_services", 150),
            ("penalty", 600),
            ("coercion", 60),
        ):
            prev = small(0.35, hi)
            change = 0 if quiet or rng.random() < 0.55 else rng.randint(-min(prev, 5), 20)
            put(f"t2.{row}.prev", prev)
            put(f"t2.{row}.change", change, _signed(rng, change))
            put(f"t2.{row}.decisions", small(0.3, 5000))
        prev = small(0.5, 12)
        change = 0 if rng.random() < 0.8 else rng.randint(-min(prev, 2), 2)
        put("t2.fees.prev", prev)
        put("t2.fees.change", change, _signed(rng, change))
        count = small(0.4, 80)
        put("t2.procurement.count", count)
        amount = 0.0 if count == 0 else round(rng.uniform(5, 8000), rng.choice((0, 2, 4)))
        text, value = _money(rng, amount, rng.choice((2, 4)), ("wan", "wan", "yuan", "bare"))
        put("t2.procurement.amount", value, text)
    else:
        for row, hi, p0 in (("rules", 6, 0.85), ("normative", 30, 0.45)):
            issued = small(p0, hi)
            repealed = small(0.75, 6)
            put(f"t2.{row}.issued", issued)
            put(f"t2.{row}.repealed", repealed)
            put(f"t2.{row}.in_force", issued + (0 if quiet else _log_int(rng, 0, 300)))
        for row, hi in (("license", 6000), ("penalty", 3000), ("coercion", 150)):
            put(f"t2.{row}.decisions", small(0.35, hi))
        amount = (
            0.0 if quiet or rng.random() < 0.7 else round(rng.uniform(0.1, 600), rng.choice((0, 2)))
        )
        text, value = _money(rng, amount, 2, ("bare",))
        put("t2.fees.amount", value, text)
    return truth, shown


# --------------------------------------------------------------------------- table layout


@dataclass(frozen=True)
class _Cell:
    text: str  # "\n" marks a <br> inside a label
    rowspan: int = 1
    colspan: int = 1
    field: str | None = None
    kind: str = "label"  # "label" | "value" | "empty"


_Rows = list[list[_Cell]]


def _lab(text: str, rowspan: int = 1, colspan: int = 1) -> _Cell:
    return _Cell(text, rowspan, colspan)


def _empty(colspan: int = 1) -> _Cell:
    return _Cell("", 1, colspan, None, "empty")


@dataclass(frozen=True)
class _LabelStyle:
    """Per-report label variants seen in real pages."""

    paren_open: str
    paren_close: str
    short_partial: bool
    truncate_change: bool
    swap_normative: bool
    misaligned: bool


def _p(style: _LabelStyle, s: str) -> str:
    return s.replace("（", style.paren_open).replace("）", style.paren_close)


def _t2_rows(template: str, shown: dict[str, str], st: _LabelStyle, rng: random.Random) -> _Rows:
    rows: _Rows = []

    def val(field: str, colspan: int = 1) -> _Cell:
        return _Cell(shown.get(field, ""), 1, colspan, field, "value")

    def item(n: str) -> list[_Cell]:
        return [_lab(_p(st, f"第二十条第（{n}）项"), 1, 4)]

    if template == "2019":
        normative = "行政规范性文件" if st.swap_normative else "规范性文件"
        change = "本年增/" if st.truncate_change else "本年增/减"
        rows.append(item("一"))
        rows.append(
            [
                _lab("信息内容"),
                _lab("本年新\n制作数量"),
                _lab("本年新\n公开数量"),
                _lab("对外公开总数量"),
            ]
        )
        for row, label in (("rules", "规章"), ("normative", normative)):
            rows.append(
                [_lab(label)] + [val(f"t2.{row}.{c}") for c in ("made", "published", "total")]
            )
        for n, group in (("五", ("license", "other_services")), ("六", ("penalty", "coercion"))):
            rows.append(item(n))
            rows.append(
                [_lab("信息内容"), _lab("上一年项目数量"), _lab(change), _lab("处理决定数量")]
            )
            for row in group:
                rows.append(
                    [_lab(T2_ROWS["2019"][row][0])]
                    + [val(f"t2.{row}.{c}") for c in ("prev", "change", "decisions")]
                )
        rows.append(item("八"))
        rows.append([_lab("信息内容"), _lab("上一年项目数量"), _lab(change), _empty()])
        rows.append([_lab("行政事业性收费"), val("t2.fees.prev"), val("t2.fees.change"), _empty()])
        rows.append(item("九"))
        rows.append([_lab("信息内容"), _lab("采购项目数量"), _lab("采购总金额"), _empty()])
        if st.misaligned:
            # A value spanning two columns under a header spanning one (seen in the wild).
            rows.append(
                [_lab("政府集中采购"), val("t2.procurement.count"), val("t2.procurement.amount", 2)]
            )
        else:
            rows.append(
                [
                    _lab("政府集中采购"),
                    val("t2.procurement.count"),
                    val("t2.procurement.amount"),
                    _empty(),
                ]
            )
        return rows
    normative = "规范性文件" if st.swap_normative else "行政规范性文件"
    rows.append(item("一"))
    rows.append(
        [_lab("信息内容"), _lab("本年制发件数"), _lab("本年废止件数"), _lab("现行有效件数")]
    )
    for row, label in (("rules", "规章"), ("normative", normative)):
        rows.append(
            [_lab(label)] + [val(f"t2.{row}.{c}") for c in ("issued", "repealed", "in_force")]
        )

    def single(label: str, field: str) -> list[_Cell]:
        if st.misaligned:
            span = rng.choice((1, 2))
            return [_lab(label), val(field, span)] + [_empty() for _ in range(3 - span)]
        return [_lab(label), val(field, 3)]

    for n, decided in (("五", ("license",)), ("六", ("penalty", "coercion"))):
        rows.append(item(n))
        rows.append([_lab("信息内容"), _lab("本年处理决定数量", 1, 3)])
        for row in decided:
            rows.append(single(T2_ROWS["2021"][row][0], f"t2.{row}.decisions"))
    rows.append(item("八"))
    rows.append([_lab("信息内容"), _lab(_p(st, "本年收费金额（单位：万元）"), 1, 3)])
    rows.append(single("行政事业性收费", "t2.fees.amount"))
    return rows


def _t3_rows(template: str, shown: dict[str, str], st: _LabelStyle) -> _Rows:
    def vals(row: str) -> list[_Cell]:
        return [
            _Cell(shown.get(f"t3.{row}.{c}", ""), 1, 1, f"t3.{row}.{c}", "value")
            for c in T3_COLUMNS
        ]

    rows: _Rows = [
        [
            _lab(
                _p(st, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"), 3, 3
            ),
            _lab("申请人情况", 1, 7),
        ],
        [_lab("自然人", 2), _lab("法人或其他组织", 1, 5), _lab("总计", 2)],
        [
            _lab("商业\n企业"),
            _lab("科研\n机构"),
            _lab("社会公益\n组织"),
            _lab("法律服务\n机构"),
            _lab("其他"),
        ],
        [_lab(T3_ROWS["new"], 1, 3), *vals("new")],
        [_lab(T3_ROWS["carried_in"], 1, 3), *vals("carried_in")],
    ]
    result_rows = T3_RESULT_ROWS[template]
    partial = (
        "（二）部分公开"
        if st.short_partial
        else "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
    )
    group_sizes = Counter(r.split(".")[0] for r in result_rows if "." in r)
    first = True
    for row in (*result_rows, "results_total"):
        cells: list[_Cell] = []
        if first:
            cells.append(_lab("三、本年度办理结果", len(result_rows) + 1))
            first = False
        label = T3_ROWS[row]
        if row == "partial":
            label = partial
        if "." in row:
            group = row.split(".")[0]
            if " " in label:  # the first row of a group carries the group cell
                head, label = label.split(" ", 1)
                cells.append(_lab(_p(st, head), group_sizes[group]))
            elif group == "other_handling" and label.startswith("1."):
                cells.append(_lab(_p(st, "（六）其他处理"), group_sizes[group]))
            cells.append(_lab(_p(st, label)))
        else:
            cells.append(_lab(_p(st, label), 1, 2))
        rows.append(cells + vals(row))
    rows.append([_lab(T3_ROWS["carried_out"], 1, 3), *vals("carried_out")])
    return rows


def _t4_rows(shown: dict[str, str]) -> _Rows:
    heads = [
        _lab(T4_COLUMNS[c].replace("结果", "结果\n", 1) if c in ("upheld",) else T4_COLUMNS[c])
        for c in T4_COLUMNS
    ]
    row1 = [replace(h, rowspan=2) for h in heads]
    row1 += [_lab("未经复议直接起诉", 1, 5), _lab("复议后起诉", 1, 5)]
    row2 = [_lab(T4_COLUMNS[c]) for c in T4_COLUMNS] * 2
    data = [
        _Cell(shown.get(f"t4.{g}.{c}", ""), 1, 1, f"t4.{g}.{c}", "value")
        for g in T4_GROUPS
        for c in T4_COLUMNS
    ]
    return [[_lab("行政复议", 1, 5), _lab("行政诉讼", 1, 10)], row1, row2, data]


def _grid(rows: _Rows) -> list[list[str]]:
    """Expand spans into a rectangular grid; covered positions are empty strings."""
    taken: dict[tuple[int, int], str] = {}
    out: list[list[str]] = []
    for r, row in enumerate(rows):
        c = 0
        line: dict[int, str] = {}
        for cell in row:
            while (r, c) in taken:
                c += 1
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    taken[(r + dr, c + dc)] = ""
            line[c] = cell.text
            c += cell.colspan
        width = max([k for (rr, k) in taken if rr == r], default=-1) + 1
        out.append([line.get(k, "") for k in range(width)])
    return out


# --------------------------------------------------------------------------- narrative


@dataclass(frozen=True)
class _Q:
    """A quantity placed in the prose; becomes a TrueFact once its offsets are known."""

    surface: str
    type: str
    value: int | float
    unit: str
    approx: str | None
    scope: str
    year: int
    subject: str
    fields: tuple[str, ...]
    verdict: str | None
    # The agency as respondent, not said to be about disclosure (phrases.json
    # "respondent"): outside the appeals section a disagreement is unverifiable.
    respondent: bool = False


_Piece = str | _Q

# type -> (low, high) for values not tied to a table
_RANGES: dict[str, tuple[int, int]] = {
    "proactive.items": (20, 30000),
    "proactive.normative": (0, 30),
    "proactive.rules": (0, 8),
    "proactive.interpretations": (1, 60),
    "proactive.gazette": (1, 24),
    "proactive.press_conferences": (1, 30),
    "requests.received": (1, 200),
    "requests.closed": (1, 200),
    "appeals.review": (0, 10),
    "appeals.suit": (0, 6),
    "appeals.corrected": (0, 3),
    "training.sessions": (1, 12),
    "training.attendees": (20, 3000),
    "new_media.accounts": (1, 150),
    "platform.visits": (1000, 5_000_000),
    "opinion.responses": (5, 3000),
    "supervision.inspections": (1, 12),
    "other": (1, 500),
}
_SLOT = re.compile(r"\[([^\]]*)\]|\{([^}]*)\}")
_FILLERS = frozenset(
    {
        "self",
        "jur",
        "year",
        "prev_year",
        "agency",
        "place",
        "level",
        "date",
        "docno",
        "phone",
        "postcode",
        "url",
    }
)


def _fields_for(kind: str, variant: str, template: str) -> tuple[str, ...]:
    if kind == "requests.received":
        return ("t3.new.total", "t3.carried_in.total") if variant == "incl" else ("t3.new.total",)
    if kind == "requests.closed":
        return ("t3.results_total.total",)
    if kind == "appeals.review":
        return ("t4.review.total",)
    if kind == "appeals.suit":
        return ("t4.suit_direct.total", "t4.suit_after_review.total")
    if kind == "appeals.corrected":
        return tuple(f"t4.{g}.corrected" for g in T4_GROUPS)
    if kind in ("proactive.normative", "proactive.rules"):
        row = kind.split(".")[1]
        return (f"t2.{row}.{'made' if template == '2019' else 'issued'}",)
    return ()


def _part_fields(target: str, template: str) -> tuple[str, ...]:
    """The table fields a part's target names, groups expanded; 2019/2021 columns swapped."""
    table, _, rest = target.partition(".")
    row, _, col = rest.rpartition(".")
    if col == "legal_or_other":
        return tuple(f"t3.{row}.{c}" for c in _T3_VALUE_COLS if c != "natural")
    if table == "t4" and row == "suit":
        return (f"t4.suit_direct.{col}", f"t4.suit_after_review.{col}")
    if table == "t2" and col in ("made", "issued"):
        return (f"t2.{row}.{'made' if template == '2019' else 'issued'}",)
    return (target,)


def _agrees(value: int | float, approx: str | None, table: int | float) -> bool:
    """The bounds this generator uses when it writes an approximate consistent claim."""
    if approx is None:
        return value == table
    if approx == "over":
        return value <= table < value * 1.5 + 10
    if approx == "under":
        return value * 0.9 <= table < value
    return abs(table - value) <= 0.1 * value


class _Narrator:
    def __init__(
        self,
        rng: random.Random,
        ctx: dict[str, str],
        year: int,
        template: str | None,
        truth: dict[str, int | float],
        tables: bool,
        hidden: dict[str, int | float] | None = None,
        unsure: frozenset[str] = frozenset(),
        seen_blank: frozenset[str] = frozenset(),
        shaky: frozenset[str] = frozenset(),
    ) -> None:
        self.rng = rng
        # Cells taken out of the truth; of those, the ones a reader cannot
        # tell from a blank (lost from the rendering) and the ones it sees
        # blank for sure ("/", "-", "无").
        self.hidden = hidden or {}
        self.unsure = unsure
        self.seen_blank = seen_blank
        # Cells of a rendered row that lost a cell: a reader may place them,
        # work them out (then a 0 may stand for a lost blank) or leave them.
        self.shaky = shaky
        self.ctx = ctx
        self.year = year
        self.template = template
        self.truth = truth
        self.tables = tables
        self.phrases = _phrases()
        # Field naming for unverifiable claims follows the template the year would use.
        self.field_template = template or ("2019" if year <= 2020 else "2021")

    # -- values ------------------------------------------------------------------
    def _style(self, v: int, unit: str) -> tuple[str, int]:
        """Pick a way of writing a free (table-less) count -> (style, stated value)."""
        rng = self.rng
        r = rng.random()
        if v >= 10000 and r < 0.5:
            digits = rng.choice((0, 1, 2))
            stated = int(round(v / 10 ** (4 - digits)) * 10 ** (4 - digits))
            return (rng.choice(("wan", "wan_over")), stated) if stated else ("exact", v)
        if 1 <= v <= 20 and unit in _MEASURE_WORDS and r < 0.35:
            return "cn", v
        if v >= 20 and r < 0.3:
            step = 10 ** max(0, len(str(v)) - 2)
            kind = rng.choice(("over", "over", "under", "about"))
            if kind == "under":
                return "under", -(-v // step) * step
            return kind, v // step * step if kind == "over" else round(v / step) * step
        return "exact", v

    def _surface(self, style: str, v: int, unit: str) -> tuple[str, str | None]:
        rng = self.rng
        if style == "exact":
            return f"{v}{unit}", None
        if style == "cn":
            return f"{_cn_numeral(v)}{unit}", None
        if style in ("wan", "wan_over"):
            w = v / 10000
            text = f"{w:.2f}".rstrip("0").rstrip(".")
            if style == "wan":
                return f"{text}万{unit}", None
            return f"{text}万余{unit}", "over"
        if style == "over":
            pattern = rng.choice(("{v}余{u}", "{v}多{u}", "超过{v}{u}", "{v}{u}以上"))
            return pattern.format(v=v, u=unit), "over"
        if style == "under":
            return rng.choice(("近{v}{u}", "不到{v}{u}")).format(v=v, u=unit), "under"
        return rng.choice(("约{v}{u}", "{v}{u}左右")).format(v=v, u=unit), "about"

    def _tied(
        self, kind: str, variant: str, scope: str, year: int, unit: str
    ) -> tuple[str, int, tuple[str, ...], str]:
        """A count with a table counterpart -> (style, stated, fields, verdict)."""
        rng = self.rng
        fields = _fields_for(kind, variant, self.field_template)
        lo, hi = _RANGES[kind]
        if scope != "self" or year != self.year:
            base = sum(int(self.truth.get(f, 0)) for f in fields)
            v = base + _log_int(rng, 1, 3000 if scope != "self" else 60)
            return "exact", v, fields, "not_comparable"
        lost = [f for f in fields if f in self.hidden and f not in self.seen_blank]
        if self.tables and lost:
            # A reader may read such a cell as blank, unread, or work it out
            # from the sums: a count above every sum of the cells can only be
            # unverifiable, and is an accusation if a lost cell is taken for a
            # blank one. Where the generator cannot tell what a reader sees
            # (an empty cell left in the layout) the claim is not scored.
            full = sum(int(self.truth.get(f, self.hidden.get(f, 0))) for f in fields)
            stated = full + rng.randint(1, 5)
            scored = all(f in self.unsure for f in lost)
            return "exact", stated, fields, "unverifiable" if scored else ""
        present = [self.truth[f] for f in fields if f in self.truth] if self.tables else []
        if not present:
            return "exact", _log_int(rng, lo, hi), fields, "unverifiable"
        tv = int(sum(present))
        if self.tables and any(f in self.shaky for f in fields):
            return "exact", tv if rng.random() < 0.72 else tv + rng.randint(1, 3), fields, ""
        if rng.random() < 0.72:
            step = 10 ** max(0, len(str(tv)) - 2)
            if tv >= 30 and rng.random() < 0.3 and tv % step:
                style, stated = "over", tv // step * step
                if _agrees(stated, "over", tv):
                    return style, stated, fields, "consistent"
            return "exact", tv, fields, "consistent"
        delta = rng.randint(1, max(3, tv // 3))
        stated = tv + delta if (tv - delta < 0 or rng.random() < 0.5) else tv - delta
        return "exact", stated, fields, "inconsistent"

    def _part(
        self, target: str, total: int | None, used: list[int]
    ) -> tuple[str, int, tuple[str, ...], str | None]:
        """A part of a stated total -> (style, stated, fields, verdict).

        ``target`` is the part's table field (a group of the same shape as
        the library's ``breakdown``: ``t3.<row>.legal_or_other``, ``t4.suit.<col>``)
        or ``channel`` (no table counts it: unverifiable).
        """
        rng = self.rng
        if target == "channel" or not self.tables:
            left = max(0, (total if total is not None else 10) - sum(used))
            stated = rng.randint(0, left) if left else 0
            fields = () if target == "channel" else _part_fields(target, self.field_template)
            return "exact", stated, fields, "unverifiable"
        fields = _part_fields(target, self.field_template)
        lost = [f for f in fields if f in self.hidden and f not in self.seen_blank]
        present = [self.truth[f] for f in fields if f in self.truth]
        full = sum(int(self.truth.get(f, self.hidden.get(f, 0))) for f in fields)
        if lost or not present:
            scored = all(f in self.unsure for f in lost) and (lost or not present)
            return "exact", full + rng.randint(1, 5), fields, "unverifiable" if scored else ""
        tv = int(sum(present))
        shaky = any(f in self.shaky for f in fields)
        if rng.random() < 0.75:
            return "exact", tv, fields, "" if shaky else "consistent"
        return "exact", tv + rng.randint(1, 3), fields, "" if shaky else "inconsistent"

    # -- templates ---------------------------------------------------------------
    def expand(self, key: str, template: str) -> list[_Piece]:
        """Fill one phrase template. ``key`` is '<type>' or '<type>~<variant>'."""
        rng = self.rng
        _, _, variant = key.partition("~")
        scope = "jurisdiction" if "{jur}" in template or variant == "jur" else "self"
        year = self.year - 1 if "{prev_year}" in template or variant == "prev" else self.year
        pieces: list[_Piece] = []
        subject = ""
        q_value: int | None = None
        parts_left: list[int] = []
        parts_used: list[int] = []
        pos = 0
        for m in _SLOT.finditer(template):
            pieces.append(template[pos : m.start()])
            pos = m.end()
            if m.group(1) is not None:
                subject = m.group(1)
                pieces.append(subject)
                continue
            spec = m.group(2)
            if spec in _FILLERS:
                pieces.append(self.ctx[spec])
                continue
            head, *units = spec.split("|")
            name, _, slot_type = head.partition("=")
            unit = rng.choice(units) if units else ""
            slot_kind, _, slot_variant = (slot_type or key).partition("~")
            slot_variant = slot_variant or (variant if not slot_type else "")
            approx: str | None = None
            fields: tuple[str, ...] = ()
            verdict: str | None = None
            if name == "pct":
                pct = rng.randint(1, 99) if rng.random() < 0.3 else round(rng.uniform(0.5, 99.5), 2)
                text = f"{pct}%"
                pieces.append(
                    _Q(
                        text,
                        "other",
                        _num(round(pct / 100, 6)),
                        "%",
                        None,
                        scope,
                        year,
                        subject,
                        (),
                        None,
                    )
                )
                subject = ""
                continue
            if "@" in slot_type:
                # {b1=<type>@<field or channel>|unit}: a part of the sentence's total
                slot_kind, _, target = slot_type.partition("@")
                style, stated, fields, verdict = self._part(target, q_value, parts_used)
                parts_used.append(stated)
            elif name == "six":
                style, stated = "cn", 6
            elif name.startswith("p") and name[1:].isdigit():
                if not parts_left:
                    k = sum(1 for s in _SLOT.findall(template) if re.match(r"p\d", s[1]))
                    total = q_value or 0
                    cuts = sorted(rng.randint(0, total) for _ in range(k))
                    parts_left = [b - a for a, b in zip([0, *cuts], cuts, strict=False)]
                style, stated = "exact", parts_left.pop(0)
            elif name == "cum":
                style, stated = "exact", (q_value or 1) * rng.randint(3, 20)
            elif slot_kind in (
                "requests.received",
                "requests.closed",
                "appeals.review",
                "appeals.suit",
                "appeals.corrected",
                "proactive.normative",
                "proactive.rules",
            ):
                style, stated, fields, verdict = self._tied(
                    slot_kind, slot_variant, scope, year, unit
                )
            else:
                lo, hi = _RANGES[slot_kind]
                if name == "big":
                    lo, hi = 1000, 2_000_000
                elif name == "n":
                    lo, hi = 1, 60
                elif slot_kind == "proactive.gazette":
                    lo, hi = rng.choice(((4, 4), (6, 6), (12, 12), (24, 24), (1, 12)))
                v = _log_int(rng, lo, hi)
                style, stated = self._style(v, unit)
            if name == "q":
                q_value = stated
            text, approx = self._surface(style, stated, unit)
            pieces.append(
                _Q(text, slot_kind, stated, unit, approx, scope, year, subject, fields, verdict)
            )
            subject = ""
        pieces.append(template[pos:])
        if self._respondent(template):
            pieces = [replace(p, respondent=True) if isinstance(p, _Q) else p for p in pieces]
        return [p for p in pieces if p != ""]

    def _respondent(self, template: str) -> bool:
        """Whether ``template`` has the agency as respondent without a disclosure word."""
        said = self.phrases["respondent"]
        words = _SLOT.sub(lambda m: m.group(1) or "", template)
        return any(w in words for w in said["markers"]) and not any(
            w in words for w in said["disclosure"]
        )

    def sentence(self, key: str) -> list[_Piece]:
        options = self.phrases["facts"][key]
        template = self.rng.choice(options)
        return self.expand(key, template)

    def plain(self, template: str) -> list[_Piece]:
        return self.expand("other", template)


# --------------------------------------------------------------------------- document model


@dataclass(frozen=True)
class _Block:
    kind: str  # title | heading | subheading | para | table | chrome_top | chrome_bottom | sig
    pieces: tuple[_Piece, ...] = ()
    section: str = ""
    table: tuple[str, tuple[tuple[_Cell, ...], ...]] | None = None


class _Builder:
    """Accumulates output parts; quantities and section starts are recorded by part index."""

    def __init__(self, escape: bool) -> None:
        self.parts: list[str] = []
        self.escape = escape
        self.qs: list[tuple[_Q, int]] = []
        self.marks: list[tuple[str, int]] = []
        self.halfwidth = False

    def raw(self, s: str) -> None:
        if s:
            self.parts.append(s)

    def text(self, s: str) -> None:
        self.raw(_html.escape(s, quote=False) if self.escape else s)

    def pieces(self, pieces: Iterable[_Piece]) -> None:
        for p in pieces:
            if isinstance(p, str):
                self.text(p)
            else:
                self.qs.append((p, len(self.parts)))
                self.parts.append(p.surface)

    def mark(self, section: str) -> None:
        self.marks.append((section, len(self.parts)))


def _label_text(text: str, rng: random.Random, joiner: str | None = None) -> str:
    if "\n" not in text:
        return text
    return text.replace("\n", joiner if joiner is not None else rng.choice((" ", "")))


def _render_table_text(
    rows: _Rows, layout: str, rng: random.Random, drop_empty: bool, plain_cells: bool
) -> list[str]:
    """Lines of one table in a text layout."""
    lines: list[str] = []
    if layout == "pipe":
        width = max(len(r) for r in rows) + rng.choice((0, 0, 1))
        lead = rng.random() < 0.2
        pad_numbers = rng.random() < 0.15
        joiner = rng.choice((" ", " ", ""))
        for i, row in enumerate(rows):
            texts = [_label_text(c.text, rng, joiner) for c in row]
            if drop_empty:
                texts = [t for t in texts if t.strip()]
            if pad_numbers:
                texts = [f"{' ' * rng.randint(4, 8)}{t}" if t[:1].isdigit() else t for t in texts]
            line = " ".join(f"{t} |" if t else "|" for t in texts)
            if not drop_empty and i < len(rows) - 1 and width > len(texts):
                line += " " + "|" * (width - len(texts))
            lines.append(("| " + line) if lead else line)
        return lines
    if layout == "cell_per_line":
        variant = (
            "blank_lines"
            if plain_cells and rng.random() < 0.3
            else rng.choice(("suffix", "suffix", "pipe_lines"))
        )
        width = max(len(r) for r in rows)
        truncate = rng.random() < 0.5
        for i, row in enumerate(rows):
            last_row = i == len(rows) - 1
            cells = [c for c in row if not (drop_empty and not c.text.strip())]
            for j, cell in enumerate(cells):
                text = cell.text
                if "\n" in text:
                    text = text.split("\n")[0] if truncate else text
                last = last_row and j == len(cells) - 1
                if variant == "blank_lines":
                    lines += [text, ""]
                elif variant == "pipe_lines":
                    lines += [text] + ([] if last else ["|"])
                elif not text:
                    lines.append(rng.choice(("|", "")))
                else:
                    lines.append(text if last else f"{text} |")
            pad = width - len(cells)
            if variant == "suffix" and pad > 0 and not last_row and not drop_empty:
                lines.append("|" * pad)
        return lines
    if layout in ("markdown", "tsv"):
        grid = _grid(rows)
        joiner = rng.choice(("<br>", " ")) if layout == "markdown" else " "
        out_rows = []
        for g in grid:
            texts = [_label_text(t, rng, joiner) for t in g]
            if drop_empty:
                texts = [t for t in texts if t.strip()]
            out_rows.append(texts)
        if layout == "tsv":
            return ["\t".join(r) for r in out_rows]
        width = max(len(r) for r in out_rows)
        for i, r in enumerate(out_rows):
            lines.append("| " + " | ".join(r) + " |")
            if i == 0:
                lines.append("|" + "---|" * width)
        return lines
    # pdf_text: labels then numbers separated by spaces; long rows wrap.
    for row in rows:
        texts = []
        for c in row:
            t = _label_text(c.text, rng, "")
            if not t.strip():
                if c.kind == "value" and not drop_empty:
                    t = rng.choice(("-", "/"))
                else:
                    continue
            texts.append(t)
        if not texts:
            continue
        line = " ".join(texts)
        if len(texts) >= 10:
            # A 15-number row never fits a PDF line: it continues on the next one.
            half = len(texts) // 2 + 1
            lines += [" ".join(texts[:half]), " ".join(texts[half:])]
        elif len(line) > 48 and " " in line:
            cut = line.rfind(" ", 0, len(line) // 2 + 6)
            cut = cut if cut > 0 else line.find(" ")
            lines += [line[:cut], line[cut + 1 :]]
        elif len(line) > 40 and " " not in line:
            lines += [line[:34], line[34:]]
        else:
            lines.append(line)
    return lines


def _render_table_html(b: _Builder, rows: _Rows, rng: random.Random, drop_empty: bool) -> None:
    b.raw(
        '<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">'
        "\n<tbody>\n"
    )
    wrap = rng.random() < 0.5
    for row in rows:
        b.raw("<tr>")
        for c in row:
            if drop_empty and not c.text.strip():
                continue
            attrs = ""
            if c.rowspan > 1:
                attrs += f' rowspan="{c.rowspan}"'
            if c.colspan > 1:
                attrs += f' colspan="{c.colspan}"'
            content = _html.escape(c.text, quote=False).replace("\n", rng.choice(("<br>", "<br/>")))
            if not content:
                content = rng.choice(("&nbsp;", "", "&nbsp;"))
            elif wrap:
                content = f'<p style="text-align:center"><span>{content}</span></p>'
            b.raw(f"<td{attrs}>{content}</td>")
        b.raw("</tr>\n")
    b.raw("</tbody>\n</table>\n")


# --------------------------------------------------------------------------- main entry


def _pick_agency(rng: random.Random) -> tuple[str, str, str, str]:
    """-> (agency, place, jurisdiction level char, self word)."""
    ph = _phrases()
    if rng.random() < 0.12:
        town, self_word = rng.choice(ph["towns"])
        return town, rng.choice(ph["places"]["县"]), "镇", self_word
    level = rng.choice(("市", "市", "区", "县"))
    place = rng.choice(ph["places"][level])
    body, self_word = rng.choice(ph["bodies"])
    if rng.random() < 0.25:
        self_word = rng.choice(ph["self_generic"])
    return place + body, place, level, self_word


def _default_year(rng: random.Random, template: str | None) -> int:
    if template == "2019":
        return rng.choice((2019, 2020))
    if template == "2021":
        return rng.randint(2021, 2024)
    return rng.randint(2019, 2024)


def generate_report(
    seed: int,
    *,
    template: str | None = "2021",
    year: int | None = None,
    layout: str = "pipe",
    script: str = "simplified",
    faults: Iterable[str] = (),
    chrome: bool = False,
    narrative: bool = True,
    breakdowns: bool = False,
) -> SyntheticReport:
    """Generate one synthetic annual report and its truth; deterministic given the arguments.

    >>> r = generate_report(7, layout="pipe")
    >>> r.text[r.facts[0].start:r.facts[0].end] == r.facts[0].text
    True
    """
    if template not in ("2019", "2021", None):
        raise ValueError(f"unknown template {template!r}; expected '2019', '2021' or None")
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; expected one of {LAYOUTS}")
    if script not in _SCRIPTS:
        raise ValueError(f"unknown script {script!r}; expected one of {_SCRIPTS}")
    requested = tuple(dict.fromkeys(faults))
    unknown = [f for f in requested if f not in FAULTS]
    if unknown:
        raise ValueError(f"unknown fault(s) {unknown}; expected some of {FAULTS}")
    rng = random.Random(seed)
    if "traditional" in requested:
        script = "traditional"
    chrome = chrome or "chrome" in requested
    applied = [f for f in requested if template is not None or f not in _TABLE_FAULTS]
    if "missing_tables" in applied:
        # Without tables the other table faults have nothing to act on.
        applied = [f for f in applied if f == "missing_tables" or f not in _TABLE_FAULTS]
    if year is None:
        year = _default_year(rng, template)
    ph = _phrases()

    agency, place, level, self_word = _pick_agency(rng)
    spam = "spam_agency" in applied
    shown_place = rng.choice(ph["spam"]) if spam else place
    sep = " " if spam and rng.random() < 0.6 else ""
    shown_agency = (
        (shown_place + sep + agency[len(place) :])
        if agency.startswith(place)
        else (shown_place + sep + agency if spam else agency)
    )
    month = rng.randint(1, 3)
    day = rng.randint(1, 28)
    published = f"{year + 1}-{month:02d}-{day:02d}"
    jur = ("全" + level) if rng.random() < 0.7 else rng.choice(ph["jur_extra"]).format(level=level)
    ctx = {
        "self": self_word,
        "jur": jur,
        "year": f"{year}年",
        "prev_year": f"{year - 1}年",
        "agency": shown_agency,
        "place": shown_place,
        "level": level,
        "date": f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
        "docno": f"{place[:1]}政办〔{year - rng.randint(0, 3)}〕{rng.randint(1, 200)}号",
        "phone": f"0{rng.randint(10, 999)}-{rng.randint(2000000, 89999999)}",
        "postcode": f"{rng.randint(100000, 859999)}",
        "url": f"http://www.{''.join(rng.choice('abcdefghjkmnpqrstwxyz') for _ in range(5))}.gov.cn",
    }

    # ---- tables (values first: the narrative's verdicts depend on the final truth)
    tables_present = template is not None and "missing_tables" not in applied
    truth: dict[str, int | float] = {}
    shown: dict[str, str] = {}
    expected: list[str] = []
    drop_empty = False
    if template is not None:
        t2_truth, t2_shown = _gen_t2(rng, template)
        truth.update(t2_truth)
        shown.update(t2_shown)
        for k, v in {**_gen_t3(rng, template), **_gen_t4(rng)}.items():
            truth[k] = v
            shown[k] = str(v)
    protected: set[str] = set()
    hidden: dict[str, int | float] = {}
    lost_cells: set[str] = set()
    shaky: set[str] = set()
    if tables_present and template is not None:
        if "wrong_total" in applied:
            candidates = [
                f"t3.{r}.total"
                for r in ("new", "carried_in", "granted", "results_total", "carried_out")
            ]
            candidates += [f"t4.{g}.total" for g in T4_GROUPS]
            candidates += [f"t3.results_total.{c}" for c in _T3_VALUE_COLS]
            target = rng.choice(candidates)
            value = int(truth[target])
            value = value + rng.randint(1, 3) if value < 3 or rng.random() < 0.5 else value - 1
            truth[target] = value
            shown[target] = str(value)
            parts = target.split(".")
            protected = {f for f in truth if f.startswith(".".join(parts[:-1]) + ".")}
            protected |= {f for f in truth if f.startswith("t3.") and f.endswith("." + parts[-1])}
        value_fields = [f for f in table_fields(template) if f in truth and f not in protected]
        if "blank_total_column" in applied:
            mark = rng.choice(_BLANK_MARKS[:3])
            for row in T3_ROWS_BY_TEMPLATE[template]:
                f = f"t3.{row}.total"
                if f not in protected:
                    if f in truth:
                        hidden[f] = truth.pop(f)
                    shown[f] = mark
        if "blank_cells" in applied:
            for f in rng.sample(value_fields, k=min(len(value_fields), rng.randint(2, 6))):
                if f in truth:
                    hidden[f] = truth.pop(f)
                shown[f] = rng.choice(_BLANK_MARKS)
        if "dropped_empty_cells" in applied:
            drop_empty = True
            for f in rng.sample(value_fields, k=min(len(value_fields), rng.randint(1, 4))):
                if f in truth:
                    hidden[f] = truth.pop(f)
                shown[f] = ""
            expected.append("tables.short_row")
    elif template is not None:
        truth = {}

    style = _LabelStyle(
        paren_open=rng.choice(("（", "（", "(")),
        paren_close="）",
        short_partial=rng.random() < 0.2,
        truncate_change=rng.random() < 0.1,
        swap_normative=rng.random() < 0.1,
        misaligned=layout == "html" and rng.random() < 0.5,
    )
    if style.paren_open == "(":
        style = replace(style, paren_close=")")
    tables: dict[str, _Rows] = {}
    if tables_present and template is not None:
        tables = {
            "t2": _t2_rows(template, shown, style, rng),
            "t3": _t3_rows(template, shown, style),
            "t4": _t4_rows(shown),
        }
        if "dropped_cell" in applied:
            name = rng.choice(("t2", "t3", "t3", "t4"))
            rows = tables[name]
            choices = [
                i
                for i, r in enumerate(rows)
                if sum(1 for c in r if c.field and c.text.strip() and c.field not in protected) >= 2
            ]
            i = rng.choice(choices)
            idx = [
                j
                for j, c in enumerate(rows[i])
                if c.field and c.text.strip() and c.field not in protected
            ]
            j = rng.choice(idx)
            dropped = rows[i][j]
            rows[i] = rows[i][:j] + rows[i][j + 1 :]
            if dropped.field in truth:
                hidden[dropped.field] = truth.pop(dropped.field)
                lost_cells.add(dropped.field)
            shaky |= {c.field for c in rows[i] if c.field}
            expected.append("tables.short_row")
        if "extra_cell" in applied:
            name = rng.choice(("t2", "t3", "t4"))
            rows = tables[name]
            choices = [i for i, r in enumerate(rows) if any(c.field for c in r)]
            i = rng.choice(choices)
            rows[i] = rows[i] + [_Cell(str(rng.randint(0, 9)), 1, 1, None, "value")]
            expected.append("tables.long_row")
    if "missing_tables" in applied:
        expected.append("tables.missing")
    if spam:
        expected.append("spam")
    expected += sorted(
        k
        for k, ok in evaluate_checks(truth, template if tables_present else None).items()
        if not ok
    )

    # ---- narrative blocks
    if drop_empty:
        lost_cells |= {f for f in hidden if shown.get(f) == ""}
        for table_rows in tables.values():
            for cells in table_rows:
                if any(c.field and c.field in lost_cells for c in cells):
                    shaky |= {c.field for c in cells if c.field}
    seen_blank = frozenset(
        f
        for f in hidden
        if shown.get(f) in _BLANK_MARKS[1:]
        or (layout == "pdf_text" and not drop_empty and shown.get(f) == "")
    )
    nar = _Narrator(
        rng,
        ctx,
        year,
        template if tables_present else None,
        truth,
        tables_present,
        hidden,
        frozenset(lost_cells),
        seen_blank,
        frozenset(shaky),
    )
    blocks = _compose(
        nar, rng, ctx, tables, tables_present, template, narrative, applied, breakdowns
    )

    # ---- render
    plain_cells = not any(
        f in applied
        for f in ("blank_cells", "blank_total_column", "dropped_empty_cells", "dropped_cell")
    )
    b = _render(
        blocks, layout, rng, drop_empty, plain_cells, ctx, shown_agency, year, published, chrome
    )
    text, offsets = _finish(b, rng, layout, script)
    sections = _sections(b, offsets)
    facts = _facts(b, offsets, text, script, sections)
    return SyntheticReport(
        text=text,
        format="html" if layout == "html" else "text",
        template=template if tables_present else None,
        year=year,
        agency=agency,
        published=published,
        truth=dict(truth) if tables_present else {},
        facts=facts,
        faults=tuple(applied),
        expected_warnings=tuple(dict.fromkeys(expected)),
        sections=sections,
        layout=layout,
        script=script,
        seed=seed,
        hidden=dict(hidden) if tables_present else {},
    )


_TOPIC_KEYS: dict[str, tuple[tuple[str, float], ...]] = {
    "proactive": (
        ("proactive.items", 1.0),
        ("proactive.interpretations", 0.5),
        ("proactive.gazette", 0.3),
        ("proactive.press_conferences", 0.35),
        ("proactive.normative~jur", 0.1),
    ),
    "requests": (
        ("requests.received", 0.85),
        ("requests.received~incl", 0.1),
        ("requests.received~jur", 0.2),
        ("requests.received~prev", 0.15),
        ("requests.closed", 0.6),
        ("requests.closed~prev", 0.1),
        ("appeals.review", 0.55),
        ("appeals.suit", 0.4),
        ("appeals.corrected", 0.25),
        ("appeals.review~jur", 0.08),
    ),
    "management": (("proactive.normative", 0.7), ("proactive.rules", 0.25), ("other", 0.4)),
    "platform": (("new_media.accounts", 0.6), ("platform.visits", 0.6), ("opinion.responses", 0.4)),
    "supervision": (
        ("training.sessions", 0.7),
        ("training.attendees", 0.2),
        ("supervision.inspections", 0.5),
        ("other", 0.2),
    ),
}


# With ``breakdowns``: totals stated with their parts (outcomes, applicant kinds,
# channels, appeal results, kinds of suit, rules by sub-type, a part still open).
_BREAKDOWN_KEYS: dict[str, tuple[tuple[str, float], ...]] = {
    "requests": (
        ("requests.closed~parts", 0.6),
        ("requests.received~channels", 0.45),
        ("requests.received~applicants", 0.45),
        ("requests.closed~open", 0.3),
        ("appeals.review~parts", 0.5),
        ("appeals.suit~parts", 0.4),
    ),
    "management": (("proactive.rules~parts", 0.5),),
}


def _compose(
    nar: _Narrator,
    rng: random.Random,
    ctx: dict[str, str],
    tables: dict[str, _Rows],
    tables_present: bool,
    template: str | None,
    narrative: bool,
    applied: Sequence[str],
    breakdowns: bool = False,
) -> list[_Block]:
    ph = nar.phrases
    blocks: list[_Block] = []
    title = rng.choice(ph["titles"]).format(agency=ctx["agency"], year=ctx["year"][:-1])
    blocks.append(_Block("title", (title,)))
    blocks.append(_Block("para", tuple(nar.plain(rng.choice(ph["preamble"])))))
    numbering = rng.choice(ph["numbering"])
    numerals = "一二三四五六"
    inline_sub = rng.random() < 0.5
    sub_open, sub_close = ("（", "）") if rng.random() < 0.7 else ("(", ")")

    def heading(i: int, sid: str) -> None:
        label = rng.choice(ph["headings"][sid])
        blocks.append(_Block("heading", (numbering.format(n=numerals[i]) + label,), sid))

    heading(0, "overview")
    blocks.append(_Block("para", tuple(nar.plain(rng.choice(ph["overview_intro"])))))
    if narrative:
        topics = ["proactive", "requests"] + [
            t for t in ("management", "platform", "supervision") if rng.random() < 0.7
        ]
        order = ["proactive", "requests", "management", "platform", "supervision"]
        topics.sort(key=order.index)
        for n, topic in enumerate(topics):
            sub = f"{sub_open}{numerals[n]}{sub_close}{rng.choice(ph['subheadings'][topic])}"
            body: list[_Piece] = []
            keys = _TOPIC_KEYS[topic] + (_BREAKDOWN_KEYS.get(topic, ()) if breakdowns else ())
            for key, p in keys:
                if rng.random() < p:
                    body += nar.sentence(key)
            if topic in ph["filler"] and rng.random() < 0.6:
                body.append(rng.choice(ph["filler"][topic]))
            if rng.random() < 0.25:
                body += nar.plain(rng.choice(ph["distractors"]))
            if inline_sub:
                blocks.append(_Block("para", (sub + "。", *body)))
            else:
                blocks.append(_Block("subheading", (sub,)))
                blocks.append(_Block("para", tuple(body)))
    for i, (sid, tname) in enumerate(
        (("proactive", "t2"), ("requests", "t3"), ("appeals", "t4")), start=1
    ):
        heading(i, sid)
        if tables_present:
            if narrative and sid == "requests" and rng.random() < 0.2:
                blocks.append(_Block("para", tuple(nar.sentence("requests.received"))))
            blocks.append(_Block("table", table=(tname, tuple(tuple(r) for r in tables[tname]))))
            if sid == "proactive" and rng.random() < 0.2:
                blocks.append(
                    _Block(
                        "para",
                        (
                            "注：第二十条第（五）项、第（六）项相关内容系部门"
                            "以本机关名义行使相关权力情况。",
                        ),
                    )
                )
        elif "missing_tables" not in applied:
            body = list(nar.plain(rng.choice(ph["filler"]["tables_none"][sid])))
            if narrative:
                said = {
                    "proactive": ("proactive.normative",),
                    "requests": ("requests.received", "requests.closed"),
                    "appeals": ("appeals.review",),
                }[sid]
                for key in said:
                    body += nar.sentence(key)
            blocks.append(_Block("para", tuple(body)))
    heading(4, "problems")
    for template_text in rng.sample(ph["filler"]["problems"], k=rng.randint(1, 2)):
        blocks.append(_Block("para", tuple(nar.plain(template_text))))
    heading(5, "other")
    if narrative and rng.random() < 0.4:
        body = list(nar.sentence("other"))
        if rng.random() < 0.5:
            body += nar.plain(ph["distractors"][3])
        blocks.append(_Block("para", tuple(body)))
    else:
        blocks.append(_Block("para", (rng.choice(ph["filler"]["other_none"]),)))
    if rng.random() < 0.6:
        blocks.append(_Block("sig"))
    return blocks


def _chrome_lines(
    rng: random.Random, agency: str, year: int, published: str
) -> tuple[list[str], list[str]]:
    code = (
        f"{rng.randint(10000000, 99999999)}{rng.choice('ABCDEFGHJK')}/{year + 1}-"
        f"{rng.randint(100, 99999):05d}"
    )
    crumbs = rng.choice(
        (
            "首页 > 政务公开 > 政府信息公开年报",
            "当前位置：首页 > 政府信息公开 > 年度报告",
            "首页>政务公开>政府信息公开>政府信息公开年报",
        )
    )
    if rng.random() < 0.5:
        meta = [
            f"索引号 | {code} | 分类 | 综合政务 |",
            f"发布机构 | {agency} | 发文日期 | {published} |",
        ]
    else:
        meta = [
            f"索引号：{code}",
            f"发布机构：{agency}",
            f"发文日期：{published}",
            "字号：[ 大 中 小 ]",
        ]
    top = [crumbs, *meta]
    bottom = [
        "扫一扫在手机上查看当前页面",
        f"上一篇：{agency}{year - 1}年政府信息公开工作年度报告",
        "下一篇：关于开展政务公开专项检查的通知",
        f"浏览次数：{rng.randint(10, 9999)}",
        "【打印】【关闭】",
    ]
    return top, bottom


def _render(
    blocks: list[_Block],
    layout: str,
    rng: random.Random,
    drop_empty: bool,
    plain_cells: bool,
    ctx: dict[str, str],
    agency: str,
    year: int,
    published: str,
    chrome: bool,
) -> _Builder:
    is_html = layout == "html"
    b = _Builder(escape=is_html)
    top, bottom = _chrome_lines(rng, agency, year, published) if chrome else ([], [])
    y, m, d = (int(x) for x in published.split("-"))
    sig_date = f"{y}年{m}月{d}日"
    blank_between = (layout == "cell_per_line" and rng.random() < 0.5) or layout == "markdown"
    if is_html:
        b.raw('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>')
        b.text(str(blocks[0].pieces[0]) + ("_" + agency if rng.random() < 0.5 else ""))
        b.raw("</title>\n</head>\n<body>\n")
        if top:
            b.raw('<div class="crumbs">')
            b.text(top[0])
            b.raw('</div>\n<div class="info">')
            for text_line in top[1:]:
                b.raw("<span>")
                b.text(text_line)
                b.raw("</span>")
            b.raw("</div>\n")
        b.raw('<div class="article">\n')
        heading_tag = rng.choice(("h3", "p_strong"))
        for blk in blocks:
            if blk.kind == "title":
                b.raw('<h1 class="title">')
                b.mark("preamble")
                b.pieces(blk.pieces)
                b.raw("</h1>\n")
            elif blk.kind == "heading":
                b.raw("<h3>" if heading_tag == "h3" else "<p><strong>")
                b.mark(blk.section)
                b.pieces(blk.pieces)
                b.raw("</h3>\n" if heading_tag == "h3" else "</strong></p>\n")
            elif blk.kind == "subheading":
                b.raw("<p><strong>")
                b.pieces(blk.pieces)
                b.raw("</strong></p>\n")
            elif blk.kind == "para":
                b.raw('<p style="text-indent:2em">')
                b.pieces(blk.pieces)
                b.raw("</p>\n")
            elif blk.kind == "table" and blk.table is not None:
                _render_table_html(b, [list(r) for r in blk.table[1]], rng, drop_empty)
            elif blk.kind == "sig":
                b.raw('<p style="text-align:right">')
                b.text(agency)
                b.raw("<br>")
                b.text(sig_date)
                b.raw("</p>\n")
        b.mark("__end__")
        b.raw("</div>\n")
        if bottom:
            b.raw('<div class="footer">')
            for text_line in bottom:
                b.raw("<p>")
                b.text(text_line)
                b.raw("</p>")
            b.raw("</div>\n")
        b.raw("</body>\n</html>\n")
        return b

    def line(pieces: Iterable[_Piece]) -> None:
        b.pieces(pieces)
        b.raw("\n\n" if blank_between else "\n")

    for text_line in top:
        b.raw(text_line + "\n")
    for blk in blocks:
        if blk.kind == "title":
            b.mark("preamble")
            title = str(blk.pieces[0])
            if rng.random() < 0.2 and title.startswith(agency):
                # Agency on one line and the year's title on the next, like many pages.
                line([agency])
                line([title[len(agency) :]])
            else:
                line(blk.pieces)
        elif blk.kind == "heading":
            b.mark(blk.section)
            line(blk.pieces)
        elif blk.kind in ("subheading", "para"):
            line(blk.pieces)
        elif blk.kind == "table" and blk.table is not None:
            rows = [list(r) for r in blk.table[1]]
            for tl in _render_table_text(rows, layout, rng, drop_empty, plain_cells):
                b.raw(tl + "\n")
            if layout == "pdf_text" and rng.random() < 0.3:
                b.raw(f"- {rng.randint(2, 9)} -\n")
        elif blk.kind == "sig":
            line([agency])
            line([sig_date])
    b.mark("__end__")
    for text_line in bottom:
        b.raw(text_line + "\n")
    return b


_HALFWIDTH = str.maketrans({"（": "(", "）": ")", "，": ",", "：": ":", "；": ";"})


def _finish(b: _Builder, rng: random.Random, layout: str, script: str) -> tuple[str, list[int]]:
    """Join parts (half-width punctuation, script conversion) -> (text, part start offsets)."""
    parts = b.parts
    if layout != "html" and rng.random() < 0.3:
        # Many scraped pages carry half-width punctuation; the mapping is 1:1 in length.
        parts = [p.translate(_HALFWIDTH) for p in parts]
        b.parts = parts
        b.halfwidth = True
    if script == "traditional":
        joined = "".join(parts)
        converted = to_traditional(joined)
        if len(converted) == len(joined):
            lengths = [len(p) for p in parts]
            starts = [0]
            for n in lengths:
                starts.append(starts[-1] + n)
            return converted, starts
        parts = [to_traditional(p) for p in parts]
    starts = [0]
    for p in parts:
        starts.append(starts[-1] + len(p))
    return "".join(parts), starts


def _facts(
    b: _Builder,
    offsets: list[int],
    text: str,
    script: str,
    sections: dict[str, tuple[int, int]],
) -> tuple[TrueFact, ...]:
    out = []
    for q, idx in b.qs:
        start, end = offsets[idx], offsets[idx + 1]
        subject = q.subject.translate(_HALFWIDTH) if b.halfwidth else q.subject
        if script == "traditional":
            subject = to_traditional(subject)
        section = _section_of(start, sections)
        verdict = q.verdict or None
        if q.respondent and section != "appeals" and verdict == "inconsistent":
            # it may count cases of every kind, table 四 only the disclosure ones
            verdict = "unverifiable"
        out.append(
            TrueFact(
                q.type,
                q.value,
                q.unit,
                q.approx,
                q.scope,
                q.year,
                subject,
                start,
                end,
                verdict,
                section,
                q.fields,
                text[start:end],
            )
        )
    return tuple(out)


def _sections(b: _Builder, offsets: list[int]) -> dict[str, tuple[int, int]]:
    marks = [(sid, offsets[idx]) for sid, idx in b.marks]
    out: dict[str, tuple[int, int]] = {}
    for (sid, start), (_, end) in itertools.pairwise(marks):
        if sid != "__end__":
            out[sid] = (start, end)
    return out


def _section_of(pos: int, sections: dict[str, tuple[int, int]]) -> str:
    for sid, (start, end) in sections.items():
        if start <= pos < end:
            return sid
    return ""


# --------------------------------------------------------------------------- corpus


def generate_corpus(
    n: int,
    *,
    seed: int = 0,
    layouts: Sequence[str] = LAYOUTS,
    templates: Sequence[str | None] = ("2021", "2019", None),
    fault_rate: float = 0.3,
    faults: Sequence[str] = FAULTS,
    traditional_rate: float = 0.1,
    chrome_rate: float = 0.2,
    narrative: bool = True,
    breakdowns: bool = False,
) -> Iterator[SyntheticReport]:
    """``n`` reports cycling through layouts, templates and faults.

    Report ``i`` uses seed ``seed * 1_000_003 + i`` (so a prefix of a longer corpus equals
    the shorter one), layout ``layouts[i % len(layouts)]``, the next template every full
    cycle of layouts, and, with probability ``fault_rate``, the next fault of ``faults`` in
    turn plus sometimes one more drawn at random.
    """
    if n < 0:
        raise ValueError("n must be >= 0")
    turn = 0
    for i in range(n):
        report_seed = seed * 1_000_003 + i
        rng = random.Random(report_seed ^ 0x5EED)
        layout = layouts[i % len(layouts)]
        template = templates[(i // len(layouts)) % len(templates)]
        chosen: list[str] = []
        if faults and rng.random() < fault_rate:
            chosen.append(faults[turn % len(faults)])
            turn += 1
            if rng.random() < 0.3:
                chosen.append(rng.choice(faults))
        yield generate_report(
            report_seed,
            template=template,
            layout=layout,
            script="traditional" if rng.random() < traditional_rate else "simplified",
            faults=chosen,
            chrome=rng.random() < chrome_rate,
            narrative=narrative,
            breakdowns=breakdowns,
        )
