"""Metamorphic robustness of the facts stage on the real train and dev pages.

Each transformation keeps the meaning of a page and rewrites its gold with it
(offsets moved, a replaced number's value, a swapped counter's unit), so the
gold of the transformed page is right by construction; a document where a
transformation cannot keep the gold right is skipped and counted. Scored as
``eval_real_facts.py`` scores (type + value exact, spans matched by overlap),
and compared fact by fact with the untransformed page: a gold fact read right
before and not after is *lost*, the reverse *gained*; false positives are
counted the same way.

Transformations (seeded, deterministic):

* ``a_same`` / ``a_len`` / ``a_scale`` — a fact's number replaced by another of the
  same kind: other digits of the same length, of another length, or every whole
  count of the page times one factor (sums and orders kept). 余/多, 万 and the
  counter stay; the gold value follows.
* ``b_clause`` / ``b_sentence`` / ``b_join`` / ``b_oneline`` — line breaks inserted
  after clause marks (，；), after every inner 。 (paragraphs split), removed
  between prose lines (tables keep theirs), or the whole page on one line (only
  pages without table lines: a flattened table is no longer a table).
* ``b_wrap`` — every prose line broken every 16-40 characters, as a PDF's text
  layer wraps a page: inside words and numbers too (申请2⏎86件, 信息410⏎条).
* ``c_fullwidth`` / ``c_ascii`` — ASCII digits and punctuation to full width; Chinese
  punctuation to ASCII.
* ``d_traditional`` — Simplified to Traditional with OpenCC (skipped when absent).
* ``e_chrome`` — the page wrapped in chrome lines of other train pages (breadcrumbs,
  来源/发布时间 lines, footers).
* ``f_synonyms`` — counters and verbs swapped only where SCHEMA §3 and the gold
  README give both words the same type: 件↔份 for applications, 收到↔受理 for
  applications received, 条↔件 for items, 场↔次 for training sessions, 人↔名 for
  people trained.
* ``g_shuffle`` — within a paragraph of three or more sentences, the sentences after
  the first that open with no word tying them to another (其中, 同时, 上述…) trade
  places.

The first reading of each transformation is evidence (written before any rule was
tuned on it); after a fix, the scores of the transformations it was made for are
tuned. Never reads the test split.

Usage: python benchmarks/eval_metamorphic_facts.py [--split train|dev|both]
       [--only NAME ...] [--examples N] [--seed N] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from govinfo_nlp.facts.extractor import FactExtractor  # noqa: E402
from govinfo_nlp.facts.segments import table_lines  # noqa: E402
from govinfo_nlp_dev.facts.evaluate import (  # noqa: E402
    match_facts,
    predict,
    score_documents,
)
from govinfo_nlp_dev.facts.gold import GoldDoc, iter_gold  # noqa: E402

Fact = dict[str, Any]
Edit = tuple[int, int, str]

# -- the edit machinery: gold offsets follow the edits ----------------------------


def apply_edits(text: str, edits: Sequence[Edit], facts: Sequence[Fact]) -> tuple[str, list[Fact]]:
    """``text`` with the non-overlapping ``edits`` (start, end, replacement) made and
    the facts' spans moved with them; raises ValueError when an edit straddles a
    span's bound (the gold could not follow)."""
    edits = sorted(edits)
    for (_, b0, _), (a1, _, _) in pairwise(edits):
        if a1 < b0:
            raise ValueError("overlapping edits")
    out, last = [], 0
    for a, b, rep in edits:
        out.append(text[last:a])
        out.append(rep)
        last = b
    out.append(text[last:])

    def shift(pos: int, at_end: bool) -> int:
        d = 0
        for a, b, rep in edits:
            # an insertion exactly at a span's end stays outside the span
            if b <= pos and (not at_end or a < pos):
                d += len(rep) - (b - a)
        return pos + d

    moved = []
    for f in facts:
        s, e = f["start"], f["end"]
        for a, b, _ in edits:
            if (a < s < b) or (a < e < b):
                raise ValueError("an edit straddles a gold span")
        moved.append({**f, "start": shift(s, False), "end": shift(e, True)})
    return "".join(out), moved


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, the newline excluded."""
    out, pos = [], 0
    for ln in text.split("\n"):
        out.append((pos, pos + len(ln)))
        pos += len(ln) + 1
    return out


def prose_lines(text: str) -> list[tuple[int, int]]:
    """Lines that are not table lines (the library's own table/prose bound, read on
    the original page: the gold annotates no table line)."""
    table = set(table_lines(text, 0, len(text)))
    return [(s, e) for s, e in line_spans(text) if (s, e) not in table and text[s:e].strip()]


def in_span(pos: int, facts: Sequence[Fact]) -> bool:
    return any(f["start"] <= pos < f["end"] for f in facts)


@dataclass
class Variant:
    text: str
    facts: list[Fact]
    changed: int = 0  # facts whose value/unit the transformation changed


@dataclass
class Doc:
    name: str
    text: str
    year: int | None
    facts: list[Fact]


Transform = Callable[[Doc, random.Random], Variant | None]

# -- (a) numbers ------------------------------------------------------------------

_DIGITS = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?")
_HAN_DIGITS = "二三四五六七八九"
_FACTORS = (1, 0.01, 0.1, 10, 100, 1000, 10_000, 100_000_000)
_FW = str.maketrans("０１２３４５６７８９．", "0123456789.")


def _numeral(f: Fact, text: str) -> tuple[int, int, float, float] | None:
    """(start, end, numeral, factor) of the one written numeral in a fact's span,
    value = numeral * factor; None when the span has not exactly one."""
    span = text[f["start"] : f["end"]]
    found = list(_DIGITS.finditer(span))
    if len(found) == 1:
        m = found[0]
        old = float(m.group().translate(_FW))
        a, b = f["start"] + m.start(), f["start"] + m.end()
    else:
        han = [i for i, ch in enumerate(span) if ch in _HAN_DIGITS]
        if found or len(han) != 1 or any(ch in "一两十百千零" for ch in span):
            return None
        old = float(_HAN_DIGITS.index(span[han[0]]) + 2)
        a, b = f["start"] + han[0], f["start"] + han[0] + 1
    if old == 0:
        return (a, b, 0.0, 1.0)
    for k in _FACTORS:
        if math.isclose(old * k, float(f["value"]), rel_tol=1e-9):
            return (a, b, old, k)
    return None


def _as_value(x: float) -> int | float:
    return round(x) if math.isclose(x, round(x), abs_tol=1e-9) else x


def _new_number(written: str, rng: random.Random, length_change: bool) -> str | None:
    """Other digits of the same kind as ``written`` (a whole number or a decimal)."""
    if written in _HAN_DIGITS:
        return rng.choice([c for c in _HAN_DIGITS if c != written]) if not length_change else None
    full = any("０" <= c <= "９" for c in written)
    plain = written.translate(_FW)
    whole, _, frac = plain.partition(".")
    if float(plain) == 0:
        return None
    n = len(whole)
    if length_change:
        n = n + 1 if n == 1 or rng.random() < 0.5 else n - 1
    for _ in range(50):
        digits = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
        # a four-digit number of 1900-2100 could be read as a year: not the same kind
        if 1900 <= int(digits) <= 2100 or digits == whole:
            continue
        new = digits + ("." + "".join(str(rng.randint(0, 9)) for _ in frac) if frac else "")
        if full:
            new = new.translate(str.maketrans("0123456789.", "０１２３４５６７８９．"))
        return new
    return None


def _replace_numbers(doc: Doc, rng: random.Random, length_change: bool) -> Variant:
    edits: list[Edit] = []
    values: dict[int, int | float] = {}
    for i, f in enumerate(doc.facts):
        got = _numeral(f, doc.text)
        if got is None:
            continue
        a, b, old, k = got
        if f["unit"] == "%" and old >= 100:
            continue  # a share above the whole is another kind of number
        new = _new_number(doc.text[a:b], rng, length_change)
        if new is None or (f["unit"] == "%" and len(new.split(".")[0]) > 2):
            continue
        num = _HAN_DIGITS.index(new) + 2 if new in _HAN_DIGITS else float(new.translate(_FW))
        edits.append((a, b, new))
        values[i] = _as_value(num * k)
    text, facts = apply_edits(doc.text, edits, doc.facts)
    for i, v in values.items():
        facts[i]["value"] = v
    return Variant(text, facts, len(values))


def t_same(doc: Doc, rng: random.Random) -> Variant:
    return _replace_numbers(doc, rng, False)


def t_len(doc: Doc, rng: random.Random) -> Variant:
    return _replace_numbers(doc, rng, True)


def t_scale(doc: Doc, rng: random.Random) -> Variant:
    """Every whole count of the page (not a share) times one factor: a total and
    its parts keep their sum and their order."""
    k = rng.choice((3, 7, 11))
    edits: list[Edit] = []
    values: dict[int, int | float] = {}
    for i, f in enumerate(doc.facts):
        got = _numeral(f, doc.text)
        if got is None or f["unit"] in ("%", "成"):
            continue
        a, b, old, factor = got
        written = doc.text[a:b].translate(_FW)
        if not written.isdigit() or old == 0:
            continue
        new = str(int(written) * k)
        if any("０" <= c <= "９" for c in doc.text[a:b]):
            new = new.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
        edits.append((a, b, new))
        values[i] = _as_value(int(written) * k * factor)
    text, facts = apply_edits(doc.text, edits, doc.facts)
    for i, v in values.items():
        facts[i]["value"] = v
    return Variant(text, facts, len(values))


# -- (b) line breaks --------------------------------------------------------------


def _breaks_after(doc: Doc, marks: str, rng: random.Random, p: float) -> Variant:
    edits: list[Edit] = []
    for s, e in prose_lines(doc.text):
        for i in range(s, e - 1):
            ch = doc.text[i]
            if ch not in marks or in_span(i, doc.facts) or rng.random() >= p:
                continue
            # an ASCII comma between digits groups thousands: no clause ends there
            if ch == "," and doc.text[i + 1].isdigit():
                continue
            edits.append((i + 1, i + 1, "\n"))
    text, facts = apply_edits(doc.text, edits, doc.facts)
    return Variant(text, facts)


def t_clause(doc: Doc, rng: random.Random) -> Variant:
    return _breaks_after(doc, "，；,;", rng, 0.5)


def t_sentence(doc: Doc, rng: random.Random) -> Variant:
    return _breaks_after(doc, "。", rng, 1.0)


def t_wrap(doc: Doc, rng: random.Random) -> Variant:
    """Every prose line broken every ``w`` characters (one ``w`` of 16-40 a page), as
    a PDF's text layer wraps its lines: inside words and inside numbers too (申请2⏎86件)."""
    w = rng.randint(16, 40)
    edits: list[Edit] = []
    for s, e in prose_lines(doc.text):
        edits.extend((i, i, "\n") for i in range(s + w, e, w))
    text, facts = apply_edits(doc.text, edits, doc.facts)
    return Variant(text, facts)


def _glue(left: str, right: str) -> str:
    """What replaces a removed line break: nothing, but a space between two ASCII
    letters or digits (a page number 9 and the year 2022 of the next line would
    read as one number 92022: that page would say something else)."""
    return " " if left.isascii() and left.isalnum() and right.isascii() and right.isalnum() else ""


def t_join(doc: Doc, rng: random.Random) -> Variant | None:
    """The newline between two consecutive prose lines removed (a table's lines and
    its bounds keep theirs)."""
    prose = {s for s, _ in prose_lines(doc.text)}
    edits: list[Edit] = []
    for (s0, e0), (s1, _) in pairwise(line_spans(doc.text)):
        if s0 in prose and s1 in prose:
            cr = e0 > s0 and doc.text[e0 - 1] == "\r"
            edits.append(
                (e0 - cr, s1, _glue(doc.text[e0 - cr - 1 : e0 - cr], doc.text[s1 : s1 + 1]))
            )
    if not edits:
        return None
    text, facts = apply_edits(doc.text, edits, doc.facts)
    return Variant(text, facts)


def t_oneline(doc: Doc, rng: random.Random) -> Variant | None:
    if table_lines(doc.text, 0, len(doc.text)):
        return None
    edits = [
        (
            m.start(),
            m.end(),
            _glue(doc.text[m.start() - 1 : m.start()], doc.text[m.end() : m.end() + 1]),
        )
        for m in re.finditer(r"\r?\n", doc.text)
    ]
    text, facts = apply_edits(doc.text, edits, doc.facts)
    return Variant(text, facts)


# -- (c) width and punctuation ----------------------------------------------------

_TO_FULL = {
    **{chr(0x30 + i): chr(0xFF10 + i) for i in range(10)},
    "%": "％",
    ".": "．",
    ",": "，",
    ":": "：",
    ";": "；",
    "(": "（",
    ")": "）",
    "?": "？",
    "!": "！",
}
_TO_ASCII = {
    "，": ",",
    "；": ";",
    "：": ":",
    "（": "(",
    "）": ")",
    "？": "?",
    "！": "!",
    "“": '"',
    "”": '"',
    "％": "%",
}


def t_fullwidth(doc: Doc, rng: random.Random) -> Variant:
    text = "".join(_TO_FULL.get(ch, ch) for ch in doc.text)
    return Variant(text, [dict(f) for f in doc.facts])


def t_ascii(doc: Doc, rng: random.Random) -> Variant:
    edits: list[Edit] = []
    for i, ch in enumerate(doc.text):
        if ch in _TO_ASCII:
            edits.append((i, i + 1, _TO_ASCII[ch]))
        elif ch == "。":
            nxt = doc.text[i + 1 : i + 2]
            # a full stop before a digit would read as a decimal point: ". " as ASCII
            # prose writes it
            edits.append((i, i + 1, ". " if nxt.isdigit() else "."))
    text, facts = apply_edits(doc.text, edits, doc.facts)
    return Variant(text, facts)


# -- (d) Traditional script -------------------------------------------------------


def _opencc() -> Any | None:
    try:
        import opencc  # type: ignore[import-not-found]
    except ImportError:
        return None
    for name in ("s2t", "s2t.json"):
        try:
            return opencc.OpenCC(name)
        except Exception:  # the config's name differs between builds
            continue
    return None


def t_traditional(doc: Doc, rng: random.Random, conv: Any = None) -> Variant | None:
    if conv is None:
        return None
    out = []
    for ln in doc.text.split("\n"):
        t = conv.convert(ln)
        if len(t) != len(ln):  # a phrase conversion changed a length: char by char
            t = "".join(c if len(c := conv.convert(ch)) == 1 else ch for ch in ln)
        out.append(t)
    return Variant("\n".join(out), [dict(f) for f in doc.facts])


# -- (e) chrome of other pages ----------------------------------------------------

_HEAD = re.compile(r"当前位置|首页\s*[>|›]|来源[:：]|发布(?:时间|日期)[:：]|浏览次数|字[体号][:：]")
_FOOT = re.compile(
    r"版权所有|主办单位|承办单位|ICP备|网站标识码|联系我们|关闭窗口|打印本页|公网安备"
)


def collect_chrome(docs: Sequence[GoldDoc]) -> list[tuple[str, str, str]]:
    """(page, kind, line): chrome lines of train pages carrying no gold fact; kind
    ``crumb`` (a breadcrumb) or ``meta`` (来源/发布时间/浏览次数) from a page's first
    or last ten lines, ``foot`` (版权所有, ICP备…) from anywhere (the excerpts
    rarely keep their footer)."""
    out = []
    for g in docs:
        text = g.read()
        spans = line_spans(text)
        ends = set(range(min(10, len(spans)))) | set(range(max(0, len(spans) - 10), len(spans)))
        for k, (s, e) in enumerate(spans):
            ln = text[s:e].strip()
            if not ln or len(ln) > 100 or any(s <= f["start"] < e for f in g.facts):
                continue
            if _FOOT.search(ln):
                out.append((g.doc, "foot", ln))
            elif k not in ends:
                continue
            elif re.search(r"位置|首页\s*[>|›]", ln):
                out.append((g.doc, "crumb", ln))
            elif _HEAD.search(ln):
                out.append((g.doc, "meta", ln))
    return out


def t_chrome(
    doc: Doc, rng: random.Random, chrome: Sequence[tuple[str, str, str]] = ()
) -> Variant | None:
    pool = [c for c in chrome if c[0] != doc.name]
    by = {k: [ln for _, kind, ln in pool if kind == k] for k in ("crumb", "meta", "foot")}
    if not (by["crumb"] and by["meta"]):
        return None
    nl = "\r\n" if "\r\n" in doc.text else "\n"
    first = doc.text.find("\n")
    title_end = first + 1 if first >= 0 else len(doc.text)
    head = rng.choice(by["crumb"]) + nl
    meta = rng.choice(by["meta"]) + nl
    foot = "".join(nl + ln for ln in rng.sample(by["foot"], min(2, len(by["foot"]))))
    if first < 0:
        meta = nl + meta
    edits = [(0, 0, head), (title_end, title_end, meta), (len(doc.text), len(doc.text), foot)]
    text, facts = apply_edits(doc.text, edits, doc.facts)
    return Variant(text, facts)


# -- (f) documented synonyms ------------------------------------------------------

# counter swaps SCHEMA §3 / datasets/gold/README.md §3 give one type
_COUNTERS = {
    "requests.received": {"件": "份", "份": "件"},
    "requests.closed": {"件": "份", "份": "件"},
    "proactive.items": {"条": "件", "件": "条"},
    "training.sessions": {"场": "次", "次": "场"},
    "training.attendees": {"人": "名", "名": "人"},
}
# the verb nearest before the quantity, in its clause
_VERBS = {"requests.received": {"收到": "受理", "受理": "收到"}}
_CLAUSE = "，。；：,;:\n"


def t_synonyms(doc: Doc, rng: random.Random) -> Variant:
    edits: list[Edit] = []
    units: dict[int, str] = {}
    taken: set[int] = set()
    for i, f in enumerate(doc.facts):
        swap = _COUNTERS.get(f["type"], {})
        span = doc.text[f["start"] : f["end"]]
        unit = f["unit"]
        if unit in swap and span.rstrip("余多左右以上").endswith(unit) and span.count(unit) == 1:
            pos = f["start"] + span.index(unit)
            after = doc.text[pos + 1 : pos + 2]
            # 人 before 民 would read 人民 (280余名民警 -> 280余人民警): another text
            if after not in ("次", "(", "（") and not (swap[unit] == "人" and after == "民"):
                edits.append((pos, pos + 1, swap[unit]))
                units[i] = swap[unit]
                taken.add(pos)
        verbs = _VERBS.get(f["type"], {})
        lo = f["start"]
        while lo > 0 and doc.text[lo - 1] not in _CLAUSE and f["start"] - lo < 16:
            lo -= 1
        best = None
        for v in verbs:
            k = doc.text.rfind(v, lo, f["start"])
            if k >= 0 and (best is None or k > best[0]):
                best = (k, v)
        if best is not None and not any(lo <= g["start"] < f["start"] for g in doc.facts):
            k, v = best
            if not taken & set(range(k, k + 2)):
                edits.append((k, k + 2, verbs[v]))
                taken.update((k, k + 1))
    text, facts = apply_edits(doc.text, edits, doc.facts)
    for i, u in units.items():
        facts[i]["unit"] = u
    return Variant(text, facts, len(units))


# -- (g) sentence order -----------------------------------------------------------

# a sentence opening so leans on the one before it (a part, a reference, a sequel);
# the count-opening case was added after the first reading (it moved r173's parts
# after a heading: a defect of the transformation, not of the library)
_TIED = re.compile(
    r"^(?:其中|其|同时|此外|另外|另|并|该|此|上述|以上|这|均|分别|包括|具体|主要|对此|为此|"
    r"因此|所以|但|而|且|还|也|再|针对|其余|剩余|余下|共|合计|总计|累计|全年|年内|以及|及|"
    # one opening with its count is a part of the total before it (1条来自网上申请),
    # one opening with a numeral an item of a list (一是…, 二是…)
    r"[0-9０-９一二两三四五六七八九十])"
)


def t_shuffle(doc: Doc, rng: random.Random) -> Variant | None:
    edits: list[Edit] = []
    for s, e in prose_lines(doc.text):
        line = doc.text[s:e]
        cuts = [m.end() for m in re.finditer("。", line)]
        if line.rstrip("\r") and not line.rstrip("\r").endswith("。"):
            continue  # a trailing piece without its full stop: leave the line
        bounds = [0, *cuts]
        sents = [(bounds[k], bounds[k + 1]) for k in range(len(bounds) - 1)]
        if len(sents) < 3:
            continue
        movable = [k for k in range(1, len(sents)) if not _TIED.match(line[sents[k][0] :].lstrip())]
        if len(movable) < 2:
            continue
        order = movable[:]
        for _ in range(5):
            rng.shuffle(order)
            if order != movable:
                break
        if order == movable:
            continue
        # each moved sentence is one edit: its slot gets another sentence's text,
        # and the facts of that sentence go with it
        for slot, src in zip(movable, order, strict=True):
            if slot != src:
                edits.append(
                    (
                        s + sents[slot][0],
                        s + sents[slot][1],
                        f"\x00{s + sents[src][0]}:{s + sents[src][1]}",
                    )
                )
    if not edits:
        return None
    return _move_sentences(doc, edits)


def _move_sentences(doc: Doc, edits: list[Edit]) -> Variant:
    """Apply sentence moves (a slot filled with the text of another slot, written
    ``\x00start:end``); a fact moves with the sentence that holds it, a fact
    between moved sentences by the length change of the slots before it."""
    moves = [(a, b, *map(int, rep[1:].split(":"))) for a, b, rep in sorted(edits)]
    out, last, new_pos = [], 0, 0
    placed = {}  # a moved sentence's old start -> its new start
    for a, b, ss, se in moves:
        out.append(doc.text[last:a])
        new_pos += a - last
        placed[(ss, se)] = new_pos
        out.append(doc.text[ss:se])
        new_pos += se - ss
        last = b
    out.append(doc.text[last:])
    facts = []
    for f in doc.facts:
        home = [(ss, ns) for (ss, se), ns in placed.items() if ss <= f["start"] < se]
        if home:
            d = home[0][1] - home[0][0]
        else:
            d = sum((se - ss) - (b - a) for a, b, ss, se in moves if b <= f["start"])
        facts.append({**f, "start": f["start"] + d, "end": f["end"] + d})
    facts.sort(key=lambda f: (f["start"], f["end"]))
    return Variant("".join(out), facts)


# -- scoring ----------------------------------------------------------------------


def right(pred: Sequence[Any], gold: Sequence[Fact]) -> tuple[set[int], list[int]]:
    """Indexes of the gold facts read right (type + value), and the unmatched or
    wrong predictions."""
    ok, fps = set(), []
    for i, j in match_facts(pred, gold):
        p = pred[i] if i is not None else None
        g = gold[j] if j is not None else None
        if (
            p is not None
            and g is not None
            and p.type == g["type"]
            and math.isclose(float(p.value), float(g["value"]), rel_tol=1e-9, abs_tol=1e-9)
        ):
            ok.add(j)
            continue
        if i is not None:
            fps.append(i)
    return ok, fps


def context(text: str, s: int, e: int, w: int = 18) -> str:
    return (text[max(0, s - w) : s] + "[" + text[s:e] + "]" + text[e : e + w]).replace("\n", "⏎")


@dataclass
class Tally:
    docs: int = 0
    skipped: int = 0
    unchanged: int = 0
    changed_facts: int = 0
    lost: int = 0
    gained: int = 0
    fp_before: int = 0
    fp_after: int = 0
    pairs: list[tuple[Any, list[Fact]]] = field(default_factory=list)
    examples: list[str] = field(default_factory=list)


def order_key(f: Fact) -> tuple[int, int]:
    return (f["start"], f["end"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="both", choices=("train", "dev", "both"))
    ap.add_argument("--only", nargs="*", help="transformations to run (default all)")
    ap.add_argument("--examples", type=int, default=6, help="lost/gained examples shown")
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--json", help="write the scores to this file")
    args = ap.parse_args(argv)
    splits = ("train", "dev") if args.split == "both" else (args.split,)
    gold = [g for sp in splits for g in iter_gold(split=sp) if g.facts]
    conv = _opencc()
    chrome = collect_chrome([g for g in iter_gold(split="train")])
    transforms: dict[str, Transform] = {
        "a_same": t_same,
        "a_len": t_len,
        "a_scale": t_scale,
        "b_clause": t_clause,
        "b_sentence": t_sentence,
        "b_join": t_join,
        "b_oneline": t_oneline,
        "b_wrap": t_wrap,
        "c_fullwidth": t_fullwidth,
        "c_ascii": t_ascii,
        "d_traditional": lambda d, r: t_traditional(d, r, conv),
        "e_chrome": lambda d, r: t_chrome(d, r, chrome),
        "f_synonyms": t_synonyms,
        "g_shuffle": t_shuffle,
    }
    names = args.only or list(transforms)
    ext = FactExtractor()
    docs = [Doc(g.doc, g.read(), g.report_year, sorted(g.facts, key=order_key)) for g in gold]
    base = {}
    for d in docs:
        pred = predict(ext, d.text, d.year)
        base[d.name] = right(pred, d.facts)
    summary: dict[str, Any] = {}
    if conv is None and "d_traditional" in names:
        print("d_traditional: skipped (OpenCC is not installed: pip install opencc)")
    for name in names:
        t = Tally()
        for d in docs:
            rng = random.Random(f"{args.seed}:{name}:{d.name}")
            try:
                v = transforms[name](d, rng)
            except ValueError:
                v = None
            if v is None:
                t.skipped += 1
                continue
            if v.text == d.text:
                t.unchanged += 1
            t.docs += 1
            t.changed_facts += v.changed
            gfacts = v.facts
            pred = predict(ext, v.text, d.year)
            ok, fps = right(pred, gfacts)
            ok0, fps0 = base[d.name]
            t.pairs.append((pred, gfacts))
            t.fp_before += len(fps0)
            t.fp_after += len(fps)
            lost = ok0 - ok
            gained = ok - ok0
            t.lost += len(lost)
            t.gained += len(gained)
            for j in sorted(lost):
                g = gfacts[j]
                got = [
                    p for p in pred if p.quantity_start < g["end"] and g["start"] < p.quantity_end
                ]
                what = f"{got[0].type} {got[0].value}" if got else "nothing"
                t.examples.append(
                    f"  LOST {d.name} {g['type']} {g['value']} -> {what}: "
                    f"{context(v.text, g['start'], g['end'])}"
                )
            for j in sorted(gained):
                g = gfacts[j]
                t.examples.append(
                    f"  GAINED {d.name} {g['type']}: {context(v.text, g['start'], g['end'])}"
                )
            if len(fps) > len(fps0):
                for i in fps:
                    p = pred[i]
                    if not any(
                        g["start"] < p.quantity_end and p.quantity_start < g["end"] for g in gfacts
                    ):
                        t.examples.append(
                            f"  FP {d.name} {p.type} {p.value}: "
                            f"{context(v.text, p.quantity_start, p.quantity_end)}"
                        )
        if not t.pairs:
            print(f"{name}: no document transformed (skipped {t.skipped})")
            continue
        m = score_documents(t.pairs)["micro"]
        summary[name] = {
            **m,
            "docs": t.docs,
            "skipped": t.skipped,
            "unchanged": t.unchanged,
            "changed_facts": t.changed_facts,
            "lost": t.lost,
            "gained": t.gained,
            "fp_before": t.fp_before,
            "fp_after": t.fp_after,
        }
        print(
            f"{name}: docs={t.docs} skipped={t.skipped} unchanged={t.unchanged}"
            f" changed_facts={t.changed_facts} P={m['precision']:.3f} R={m['recall']:.3f}"
            f" F1={m['f1']:.3f} (tp {m['tp']} fp {m['fp']} fn {m['fn']})"
            f" lost={t.lost} gained={t.gained} errors_before={t.fp_before} after={t.fp_after}"
        )
        for line in t.examples[: args.examples]:
            print(line)
    if args.json:
        Path(args.json).write_text(json.dumps(summary, indent=1, ensure_ascii=False), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
