"""The tables, page writer and scorer of the red teams' table probes (red26's CSS probes,
red27, red28 and later; the tests of stale and hidden copies draw their tables here too).

A probe page is one report's three tables, drawn by verdicts14's builder, with a stale copy
(other numbers) or struck figures placed where a reading rule may take them for the page's.
``CUR`` holds the current tables (issued 37, penalty 111, new 19, granted 13) and ``OLD``
the stale ones (issued 29, penalty 87, new 46, granted 31), each with the values a right
reading gives (``CUR_V``, ``OLD_V``). Each set's ``tables.py`` writes its pages with
:func:`block`, :func:`cell` and :func:`page` and scores them with :func:`score`: a cell read
with a stale figure, two figures joined, or a current figure dropped and another read is
WRONG; the current figure or no cell is right.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Mapping
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE / "verdicts14"))

import build  # noqa: E402

import govinfo_nlp  # noqa: E402

NAME = "宣城市市场监督管理局"
TITLE = f"{NAME}2023年政府信息公开工作年度报告"
#: what follows the tables on red27's pages (red28's add section 六)
FIVE = "<p>五、存在的主要问题及改进情况</p><p>无。</p>"
#: the struck class of the probes that strike by a style sheet's rule
STRIKE = ".old{text-decoration:line-through}"


def tables(
    year: int,
    new: int,
    granted: int,
    issued: int,
    review: int = 1,
    *,
    layout: str = "html",
    seed: int | None = None,
) -> tuple[dict[str, str], dict]:
    """One year's three tables of a 2021-template report (rendered in ``layout`` by
    verdicts14's builder, its choices drawn with ``random.Random(seed)``, the year by
    default) and the values a right reading gives: ``issued`` documents (penalties three
    times as many), ``new`` applications of which ``granted`` granted, ``review`` reviews."""
    doc = {
        "id": "c",
        "agency": NAME,
        "year": year,
        "template": "2021",
        "layout": layout,
        "t2": {"normative.issued": issued, "penalty.decisions": 3 * issued},
        "t3": {
            "new": {"natural": new - 2, "commercial": 2},
            "results": {
                "granted": {"natural": granted - 2, "commercial": 2},
                "unavailable.not_held": {"natural": new - granted},
            },
        },
        "t4": {"review": [review, 0, 0, 0]},
    }
    values, shown, _ = build.tables_for(doc)
    rng = random.Random(year if seed is None else seed)
    return build.render_tables(doc, shown, rng), values


# current: issued 37 (penalty 111), new 19, granted 13; stale: issued 29 (87), new 46, granted 31
CUR, CUR_V = tables(2023, 19, 13, 37)
OLD, OLD_V = tables(2022, 46, 31, 29)
HEADS = (
    ("t2", "二、主动公开政府信息情况"),
    ("t3", "三、收到和处理政府信息公开申请情况"),
    ("t4", "四、政府信息公开行政复议、行政诉讼情况"),
)


def block(t: dict[str, str], attr: str = "", only: tuple[str, ...] = ("t2", "t3", "t4")) -> str:
    out = ""
    for k, head in HEADS:
        if k in only:
            out += f"<p>{head}</p>" + t[k].replace("<table", f"<table {attr}", 1)
    return out


def page(body: str, style: str = "", title: str = TITLE, tail: str = FIVE) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{style}</style><title>年报</title></head><body>'
        f"<h1>{title}</h1><p>一、总体情况</p><p>2023年，我局认真落实《条例》。</p>"
        f"{body}{tail}</body></html>"
    )


def cell(t: dict[str, str], old: str, new: str) -> dict[str, str]:
    """The tables with the one cell showing ``<span>old</span>`` showing ``new``."""
    out = dict(t)
    for k in out:
        n = out[k].count(f"<span>{old}</span>")
        if n:
            assert n == 1, (old, k, n)
            out[k] = out[k].replace(f"<span>{old}</span>", f"<span>{new}</span>")
            return out
    raise AssertionError(old)


def score(
    out: Path,
    cases: Mapping[str, str],
    recorded: Mapping[str, str] | None = None,
    *,
    extra: bool = False,
    whole: bool = False,
    shown: int = 4,
) -> int:
    """Write every page under ``out``, parse it and print its reading (``!!`` on a WRONG
    page; the first ``shown`` stale and other cells); ``recorded`` pages are written and
    printed but not scored. With ``extra`` each line also gives the number of current cells
    and the first cells read that the current tables do not hold. With ``whole`` (red29) a
    year other than 2023, an agency other than :data:`NAME` (null is right) and any
    ``inconsistent`` verdict make the page WRONG too, and the line gives them. Returns the
    exit status: 1 on a WRONG page."""
    out.mkdir(exist_ok=True)
    wrong = 0
    for name, html in [*cases.items(), *(recorded or {}).items()]:
        path = out / f"{name}.html"
        path.write_text(html, encoding="utf-8")
        doc = govinfo_nlp.parse(path).to_dict()
        got = doc["tables"]
        stale = sorted(
            k for k, v in got.items() if k in OLD_V and OLD_V[k] != CUR_V.get(k) and v == OLD_V[k]
        )
        other = sorted(k for k, v in got.items() if k in CUR_V and v != CUR_V[k] and k not in stale)
        right = sum(1 for k, v in got.items() if CUR_V.get(k) == v)
        faults = bool(stale or other)
        line = (
            f"{right} current, {len(stale)} stale {stale[:shown]}, {len(other)} other "
            f"{[(k, got[k]) for k in other[:shown]]}, of {len(got)} cells"
        )
        if whole:
            meta = doc["metadata"]
            accused = [
                (r["type"], r["narrative"], r["table"])
                for r in doc["reconciliation"]
                if r["verdict"] == "inconsistent"
            ]
            faults = faults or (
                meta.get("year") not in (2023, None)
                or meta.get("agency") not in (NAME, None)
                or bool(accused)
            )
            line += (
                f"; year {meta.get('year')} agency {meta.get('agency')}; "
                f"inconsistent {accused[:shown]}"
            )
        bad = name in cases and faults
        wrong += bad
        if extra:
            more = sorted(k for k in got if k not in CUR_V and got[k] not in (0, None))
            line += f" (of {len(CUR_V)}); extra {more[:3]}"
        print("!!" if bad else "  ", name, line)
    print(f"WRONG pages: {wrong} of {len(cases)}")
    return 1 if wrong else 0
