"""A page holding two reports one after the other (verdicts20 v20_09, v20_28, v20_40: a
county's 汇编 of its townships' reports, an agency's and its branch's): the row is the
first report's, its tables read from its own text; the second's tables are not read
into the row (a ``tables.other_reports`` warning names it) and its claims are compared
with none of them. Where the split is not certain the page is read as one report."""

from __future__ import annotations

import re

from conftest import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st

import govinfo_nlp
from govinfo_nlp.tables.reports import other_reports

PAGE = (ROOT / "datasets/redteam/verdicts20/docs/v20_40.txt").read_text(encoding="utf-8")
SECOND = "缙云县新建镇人民政府2025年政府信息公开工作年度报告"
CUT = PAGE.index(SECOND)


def _row(text: str) -> dict[str, object]:
    return govinfo_nlp.parse(text).to_dict()


def _verdicts(row: dict[str, object]) -> list[tuple[float, str, object]]:
    return [(r["narrative"], r["verdict"], r["table"]) for r in row["reconciliation"]]  # type: ignore[index, union-attr]


def test_the_first_reports_tables_are_read_from_its_own_text() -> None:
    # read over the whole page every row of table 三 that differs between the two was
    # found twice and left unread: 予以公开4件 and 全年收到…6件 unverifiable
    row = _row(PAGE)
    tables = row["tables"]
    assert tables["t3.new.total"] == 6 and tables["t3.granted.total"] == 4  # type: ignore[index]
    assert tables["t4.review.total"] == 1  # type: ignore[index]
    assert row["tables_unread"] == []
    warned = [w for w in row["warnings"] if w.startswith("tables.other_reports")]  # type: ignore[union-attr]
    assert len(warned) == 1 and SECOND in warned[0] and f"offset {CUT}" in warned[0]
    got = _verdicts(row)
    assert (6, "consistent", 6) in got and (4, "consistent", 4) in got


def test_the_second_reports_claims_are_compared_with_none_of_the_firsts_cells() -> None:
    row = _row(PAGE)
    second = [r for r in row["reconciliation"] if r["evidence"]["fact"][0] >= CUT]  # type: ignore[union-attr, index]
    assert len(second) >= 3
    for r in second:
        assert r["verdict"] == "unverifiable" and r["table"] is None
        assert "another report on the page" in r["reason"]


def test_a_claim_of_the_second_report_is_never_accused_with_the_firsts_table() -> None:
    # the second township's 被申请行政复议2件 beside the first's table (1)
    page = PAGE[:CUT] + PAGE[CUT:].replace("无其他需要报告的事项。", "本年度被申请行政复议2件。", 1)
    assert "inconsistent" not in [v for _, v, _ in _verdicts(_row(page))]


def test_a_title_quoted_in_a_sentence_is_no_split() -> None:
    page = PAGE[:CUT] + "详见" + SECOND + "。" + PAGE[CUT + len(SECOND) :]
    assert other_reports(page, _sections(page)) == ()


def test_a_title_without_a_reports_headings_after_it_is_no_split() -> None:
    # tables attached after the signature under a title: no 三、/四、 headings of its own
    tail = PAGE[CUT:]
    tail = re.sub(r"(?m)^[一二三四五六]、[^\n|]*\n", "", tail)
    page = PAGE[:CUT] + tail
    assert other_reports(page, _sections(page)) == ()
    row = _row(page)
    assert not any(w.startswith("tables.other_reports") for w in row["warnings"])  # type: ignore[union-attr]


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(["", " ", "\u3000"]),
    st.sampled_from(["工作", ""]),
    st.sampled_from(["", "（2025年度）", "(全文)"]),
)
def test_the_title_line_splits_in_its_written_forms(lead: str, work: str, note: str) -> None:
    title = f"{lead}缙云县新建镇人民政府2025年政府信息公开{work}年度报告{note}"
    page = PAGE[:CUT] + title + PAGE[CUT + len(SECOND) :]
    found = other_reports(page, _sections(page))
    assert [o.start for o in found] == [CUT] and found[0].end == len(page)


def _sections(text: str) -> tuple[object, ...]:
    from govinfo_nlp.sections import find_sections

    return find_sections(text)
