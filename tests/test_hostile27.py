"""hostile27's findings (session 27, robust27; datasets/redteam/hostile27, first reading 15/22).

* t01: a report then 2,000,000 CRs (each a line break once normalised) took minutes: the
  chrome hint ``\\n\\s*[X]`` ran over every blank line after each break and back. Now it reads
  the spaces of one line; the lines it finds are the same (property below).
* h01: 100,000 nested table cells each stating a count (one line of 1 MB) took minutes:
  each claim read its whole line before it for whether the line opens with a year. Now a
  head of the line does when it can; the answer is the same (property below, against the
  old prefix scan).
* a01: ``annotate()`` in the main thread cancelled the caller's own ITIMER_PROF (a sampling
  profiler's); it is set again as it was.
* w01: a web archive written as an XML property list was read as text: 'good', no report.
  It is read as the binary one is, or a read.binary error saying why.

No timing assertion: the slow inputs are not timed here (the red team's checker bounds them).
"""

from __future__ import annotations

import plistlib
import re
import signal
import threading

import pytest
from conftest import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st
from test_reconcile_speed import old_other_year_report

import govinfo_nlp
from govinfo_nlp import Limits
from govinfo_nlp.noise import _chrome_candidates, _patterns
from govinfo_nlp.reconcile.claimant import _other_year_report

SAMPLE = ROOT / "datasets" / "samples" / "s01_pipe_2021.txt"


# --- t01: the chrome hint reads one line's spaces ------------------------------------


def _old_hint() -> re.Pattern[str]:
    first = _patterns().chrome_hint.pattern.split("]*", 1)[1]  # the class of first characters
    return re.compile("\\n\\s*" + first)


_LINE_PIECES = st.sampled_from(
    ["\n", "\n", " ", "\u3000", "\t", "首页", "当前位置", "收到申请5件", "x"]
)


@given(st.lists(_LINE_PIECES, max_size=60))
def test_the_chrome_hint_finds_the_lines_it_found(pieces: list[str]) -> None:
    """The lines a hit is on (all that is kept of it) are those the old \\s* pattern gave."""
    text = "".join(pieces)
    pats = _patterns()
    words = pats.chrome_words
    new = list(_chrome_candidates(text, pats.chrome_hint, words))
    old = list(_chrome_candidates(text, _old_hint(), words))
    assert new == old


def test_the_hint_does_not_cross_a_line_break() -> None:
    # the quadratic run: \s* took every following blank line, then gave them back
    hint = _patterns().chrome_hint
    assert hint.match("\n\n\n当前位置") is None  # the old pattern matched from the first break
    hit = hint.search("\n\n\n当前位置")
    assert hit is not None and hit.start() == 2


# --- h01: whether a claim's line opens with a year, from its head ----------------------

_HEAD_PIECES = st.sampled_from(
    [
        "2021年，",
        "二〇二一年度，",
        "2022年度,",
        "<td>",
        "</td>",
        "<span style='x'>",
        "&nbsp;",
        "&amp",
        "<",
        ">",
        "  ",
        "\u3000",
        "收到申请1件",
        "我局",
        "於",
        "2020年",
        "，",
        "x" * 40,
    ]
)


@st.composite
def _long_lines(draw: st.DrawFn) -> tuple[str, list[int], int]:
    text = "".join(draw(st.lists(_HEAD_PIECES, min_size=1, max_size=80)))
    if draw(st.booleans()):
        text = "前言\n" + text
    ats = draw(st.lists(st.integers(0, len(text)), min_size=1, max_size=6))
    return text, ats, draw(st.sampled_from([2020, 2021, 2022]))


@settings(max_examples=300, deadline=None)
@given(_long_lines())
def test_a_lines_head_answers_as_the_whole_line(case: tuple[str, list[int], int]) -> None:
    text, ats, year = case
    for at in ats:
        assert _other_year_report(text, at, year) == old_other_year_report(text, at, year)


def test_a_long_line_opening_with_another_year_is_still_found() -> None:
    line = "2020年，" + "<td>收到申请1件</td>" * 200
    at = len(line) - 5
    assert "2020年" in (_other_year_report(line, at, 2021) or "")
    assert _other_year_report("<p>" * 100 + line, at + 300, 2021) is not None


# --- a01: the caller's CPU timer is put back --------------------------------------------


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs setitimer (POSIX)")
def test_annotate_leaves_the_callers_profiler_timer(tmp_path) -> None:
    if threading.current_thread() is not threading.main_thread():
        pytest.skip("the CPU timer is set in the main thread only")
    ticks = [0]

    def on_prof(signum, frame) -> None:  # type: ignore[no-untyped-def]
        ticks[0] += 1

    old = signal.signal(signal.SIGPROF, on_prof)
    try:
        signal.setitimer(signal.ITIMER_PROF, 0.5, 0.25)
        rows = list(govinfo_nlp.annotate([SAMPLE], jobs=1, limits=Limits(max_seconds=60)))
        assert len(rows) == 1
        assert signal.getsignal(signal.SIGPROF) is on_prof
        value, interval = signal.getitimer(signal.ITIMER_PROF)
        assert interval == pytest.approx(0.25) and value > 0  # before: (0.0, 0.0)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, old)


# --- w01: a web archive written as an XML property list ------------------------------


def _page() -> bytes:
    body = "".join(f"<p>{line}</p>" for line in SAMPLE.read_text(encoding="utf-8").splitlines())
    return f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>'.encode()


def _archive(fmt: plistlib.PlistFormat) -> bytes:
    main = {
        "WebResourceData": _page(),
        "WebResourceMIMEType": "text/html",
        "WebResourceTextEncodingName": "UTF-8",
        "WebResourceURL": "https://example.gov.cn/r.html",
    }
    return plistlib.dumps({"WebMainResource": main, "WebSubresources": []}, fmt=fmt)


def test_an_xml_web_archive_is_read_as_the_binary_one(tmp_path) -> None:
    binary, xml = tmp_path / "b.webarchive", tmp_path / "x.webarchive"
    binary.write_bytes(_archive(plistlib.FMT_BINARY))
    xml.write_bytes(_archive(plistlib.FMT_XML))
    a, b = govinfo_nlp.parse(binary), govinfo_nlp.parse(xml)
    assert not a.errors and not b.errors
    assert b.tables == a.tables and b.facts  # before: 'good' with no table and no fact


def test_an_xml_web_archive_with_entities_says_why(tmp_path) -> None:
    xml = _archive(plistlib.FMT_XML)
    xml = xml.replace(b"<plist", b'<!DOCTYPE x [<!ENTITY a "aaaa">]><plist', 1)
    xml = xml.replace(b"<plist", b"<plist", 1).replace(b"<!DOCTYPE plist", b"<!-- -->", 1)
    path = tmp_path / "e.webarchive"
    path.write_bytes(xml)
    report = govinfo_nlp.parse(path)
    assert [e.split(":")[0] for e in report.errors] == ["read.binary"]
    assert "property list" in report.errors[0]


# --- b05: '-' as an input ---------------------------------------------------------------


def test_a_dash_input_says_standard_input_is_not_read(tmp_path, monkeypatch) -> None:
    from govinfo_nlp.batch.inputs import collect_inputs
    from govinfo_nlp.errors import GovinfoError

    monkeypatch.chdir(tmp_path)
    with pytest.raises(GovinfoError, match="standard input is not read"):
        collect_inputs(["-"])
    (tmp_path / "-").write_text("a file named -", encoding="utf-8")  # a file of that name is one
    assert collect_inputs(["-"]) == ["-"]
