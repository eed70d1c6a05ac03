"""An accusation's second reading (session 25, facts25): only the accused claims are read again,
with the line breaks of their paragraphs read as a narrow PDF layer's wraps.

Session 24 read the whole document a second time (``reconcile(..., joined_lines=True)``, a public
parameter no caller used). The private helper reads the accused claims alone, on a view whose
paragraphs around them are joined (:func:`govinfo_nlp.reconcile._joined_around`): no reading of a
claim looks past a line break of the view, so each accused claim gets the verdict a reading of the
whole text joined gives it. These tests pin that: the joined paragraphs are the whole join's, and
over real excerpts wrapped at 7-13 characters the verdicts are those of the whole join.
"""

from __future__ import annotations

import inspect
from typing import Any

import pytest
from conftest import ROOT
from hypothesis import given
from hypothesis import strategies as st

import govinfo_nlp.reconcile as rec
from govinfo_nlp import parse
from govinfo_nlp.reconcile import _joined, _joined_around, reconcile


def test_reconcile_has_no_joined_lines_parameter() -> None:
    assert "joined_lines" not in inspect.signature(reconcile).parameters


# lines a narrow layer shows: prose pieces (some ending a sentence), headings, table rows, a
# date line, markup, blanks
LINES = st.sampled_from(
    [
        "全县各部门因政",
        "府信息公开被申请",
        "行政复议3件。",
        "本机关收到申",
        "请6件，办结5件",
        "二、主动公开政府信息情况",
        "（一）收到申请情况",
        "3.其他",
        "行政复议 | 行政诉讼",
        "0  0  0",
        "2023年1月17日",
        "<p>全年办结申请9件</p>",
        "某局2021年政府信息公开工作年度报告",
        "",
        "  ",
        " 开申请6件；",
    ]
)


@given(st.lists(LINES, min_size=1, max_size=14), st.data())
def test_joined_paragraphs_are_the_whole_joins(lines: list[str], data: Any) -> None:
    view = "\n".join(lines)
    full = _joined(view)
    spans = data.draw(
        st.lists(
            st.tuples(st.integers(0, len(view)), st.integers(0, 6)).map(
                lambda t: (t[0], min(len(view), t[0] + t[1]))
            ),
            max_size=3,
        )
    )
    out = _joined_around(view, spans)
    assert len(out) == len(view)
    # a character is the view's or the whole join's (a break read as a wrap or kept)
    assert all(c in (v, f) for c, v, f in zip(out, view, full, strict=True))
    for start, end in spans:
        # the paragraph of the whole join that holds the span: the same text
        lo = full.rfind("\n", 0, start) + 1
        hi = full.find("\n", end)
        hi = len(full) if hi < 0 else hi
        assert out[lo:hi] == full[lo:hi]


def _narrow(text: str, width: int) -> str:
    """``text`` with each prose line set ``width`` characters a line (a narrow PDF layer)."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) > 20 and "|" not in line and "<" not in line:
            out += [line[k : k + width] for k in range(0, len(line), width)]
        else:
            out.append(line)
    return "\n".join(out)


REDTEAM = ROOT / "datasets" / "redteam"
#: verdicts14's pages where a narrow layer's accusation is withheld on a second reading at some
#: width, and every third of vexcerpt24's text pages (real excerpts' prose)
PAGES = [
    *(
        REDTEAM / "verdicts14" / "docs" / f"{n}.txt"
        for n in ("v01", "v03", "v22", "v35", "w13", "w14")
    ),
    *sorted((REDTEAM / "vexcerpt24" / "docs").glob("*.txt"))[::3],
]


def _inputs(text: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, Any]]:
    """The arguments parse gives reconcile for ``text``."""
    seen: list[tuple[Any, Any]] = []
    real = rec.reconcile

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append((args, kwargs))
        return real(*args, **kwargs)

    with monkeypatch.context() as m:
        m.setattr(rec, "reconcile", spy)
        parse(text)
    return seen


def test_accusations_read_again_as_the_whole_text_joined(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages at 7-13 characters a line: the verdicts with the accused paragraphs joined are
    those with the whole text joined (session 24's reading)."""
    withheld = compared = 0
    for n, path in enumerate(PAGES):
        text = _narrow(path.read_text(encoding="utf-8"), (7, 9, 11, 13)[n % 4])
        for args, kwargs in _inputs(text, monkeypatch):
            local = reconcile(*args, **kwargs)
            with monkeypatch.context() as m:
                m.setattr(rec, "_joined_around", lambda view, spans: _joined(view))
                whole = reconcile(*args, **kwargs)
            assert [r.to_dict() for r in local] == [r.to_dict() for r in whole], path.name
            compared += len(local)
            withheld += sum("read with the line breaks inside" in r.reason for r in local)
    # the second reading is exercised: some accusation is withheld
    assert compared > 50 and withheld > 0
