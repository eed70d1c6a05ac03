"""render_html: one self-contained page per report, on hand-built reports and real parses.

The page is parsed back with the standard library's HTMLParser, so the tests
see elements and attributes as a browser would, not substrings of markup.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from conftest import seed_path
from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_nlp.facts import Fact
from govinfo_nlp.metadata import Metadata
from govinfo_nlp.reconcile import CellEvidence, Reconciliation
from govinfo_nlp.report import Report, SectionSpan
from govinfo_nlp.schema import T2_ROWS, T3_COLUMNS, T3_ROWS_BY_TEMPLATE, T4_COLUMNS, T4_GROUPS
from govinfo_nlp.tables.checks import Check
from govinfo_nlp.tables.model import TablesResult, TableValue
from govinfo_nlp.view import render_disagreements, render_html

# --- reading the page back ---------------------------------------------------------

_VOID = frozenset({"meta", "br", "img", "input", "link", "hr", "col", "source", "wbr", "area"})


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    parents: tuple[Element, ...]
    text: str = ""
    plain: str = ""  # the text without type labels and badges: what the document says

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())


class Page(HTMLParser):
    """Every element with its attributes, its ancestors and its text content."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self._stack: list[Element] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        el = Element(tag, {k: v or "" for k, v in attrs}, tuple(self._stack))
        self.elements.append(el)
        if tag not in _VOID:
            self._stack.append(el)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append(Element(tag, {k: v or "" for k, v in attrs}, tuple(self._stack)))

    def handle_endtag(self, tag: str) -> None:
        # Close up to the matching tag (the view writes well-formed markup; be lenient anyway).
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i].tag == tag:
                del self._stack[i:]
                break

    def handle_data(self, data: str) -> None:
        decoration = any({"label", "badge"} & el.classes for el in self._stack)
        for el in self._stack:
            el.text += data
            if not decoration:
                el.plain += data

    def select(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> list[Element]:
        out = []
        for el in self.elements:
            if tag and el.tag != tag:
                continue
            if cls and cls not in el.classes:
                continue
            if any(el.attrs.get(k.replace("_", "-")) != v for k, v in attrs.items()):
                continue
            out.append(el)
        return out

    def with_attr(self, name: str) -> list[Element]:
        return [el for el in self.elements if name in el.attrs]


def fact_marks(page: Page) -> dict[int, list[Element]]:
    marks: dict[int, list[Element]] = {}
    for el in page.select("mark", "fact"):
        marks.setdefault(int(el.attrs["data-fact"]), []).append(el)
    return marks


def inline_badges(page: Page) -> list[Element]:
    """Verdict badges tied to a reconciliation (the legend's sample badges have no data-rec)."""
    return [el for el in page.select("span", "badge") if "data-rec" in el.attrs]


# --- hand-built reports --------------------------------------------------------------

SPAM = '<script>alert("x")</script><img src="http://evil.example/p.png" onerror="steal()">'
TEXT = (
    "2020年度政府信息公开工作报告\n"
    "一、总体情况\n"
    "本机关全年收到政府信息公开申请64件，办结60件。" + SPAM + "\n"
    "详见 http://www.example.gov.cn 。全市共开展培训3场次，培训人员120人次。\n"
    "四、政府信息公开行政复议、行政诉讼情况\n"
    "发生行政复议案件2件。\n"
)


def _at(sub: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(sub, start + 1)
    return start, start + len(sub)


def make_fact(type_: str, phrase: str, value: float, unit: str | None = "件", **kw: Any) -> Fact:
    start, end = kw.pop("span", None) or _at(phrase)
    defaults: dict[str, Any] = {
        "approx": None,
        "scope": "self",
        "year": 2020,
        "section": "overview",
        "subject": None,
        "quantity_start": start,
        "quantity_end": end,
        "text": TEXT[start:end],
        "method": "rule",
        "rule": "test.rule",
        "model": None,
        "confidence": 0.9,
        "explanation": ("cue 收到 → requests.received",),
    }
    defaults.update(kw)
    return Fact(type_, value, unit, start=start, end=end, **defaults)


def t3_values(template: str = "2019") -> dict[str, TableValue]:
    values: dict[str, TableValue] = {}
    for k, row in enumerate(T3_ROWS_BY_TEMPLATE[template][:3]):
        for j, col in enumerate(T3_COLUMNS):
            fid = f"t3.{row}.{col}"
            values[fid] = TableValue(fid, 10 * k + j, str(10 * k + j), 100 + k, 101 + k)
    fid = "t4.review.total"
    values[fid] = TableValue(fid, 2, "2", 300, 301)
    fid = "t2.rules.made"
    values[fid] = TableValue(fid, 6, "6", 310, 311)
    return values


def standin_report(**overrides: Any) -> Report:
    facts = (
        make_fact("requests.received", "收到政府信息公开申请64件", 64),  # 0
        make_fact("requests.closed", "办结60件", 60),  # 1
        make_fact("training.sessions", "开展培训3场次", 3, "场次", scope="jurisdiction"),  # 2
        # 3: nested inside fact 2's neighbour? no: nested inside fact 4 (same sentence).
        make_fact("training.attendees", "120人次", 120, "人次", scope="jurisdiction"),
        make_fact(
            "training.attendees", "培训人员120人次", 120, "人次", scope="jurisdiction"
        ),  # 4 contains 3
        # 5 crosses 4's end: starts inside it and runs past it.
        make_fact(
            "other", "人次。全市", 1, None, span=(_at("120人次")[0] + 3, _at("人次。")[1] + 2)
        ),
        make_fact("appeals.review", "行政复议案件2件", 2, section="appeals"),  # 6
        make_fact("other", "nowhere", 1, span=(10_000, 10_005)),  # 7: out of range
        make_fact("other", "empty", 1, span=(5, 5)),  # 8: empty span
        # 9: spam-looking type and text must come out escaped
        make_fact('<b onclick="x()">evil</b>', "办结60件", 60),
    )
    recs = (
        Reconciliation(
            0,
            "requests.received",
            64,
            ("t3.new.total",),
            60,
            "inconsistent",
            "64 ≠ 60",
            (facts[0].start, facts[0].end),
            (CellEvidence("t3.new.total", 6, "6", 100, 101),),
        ),
        Reconciliation(
            1,
            "requests.closed",
            60,
            ("t3.results_total.total",),
            None,
            "unverifiable",
            "field absent",
            (facts[1].start, facts[1].end),
        ),
        Reconciliation(
            2,
            "training.sessions",
            3,
            (),
            None,
            "not_comparable",
            "scope jurisdiction",
            (facts[2].start, facts[2].end),
        ),
        Reconciliation(
            6,
            "appeals.review",
            2,
            ("t4.review.total",),
            2,
            "consistent",
            "2 = 2",
            (facts[6].start, facts[6].end),
        ),
        Reconciliation(7, "other", 1, (), None, "unverifiable", "", (10_000, 10_005)),
        Reconciliation(42, "other", 1, (), None, "unverifiable", "no such fact", (0, 0)),
    )
    values = t3_values()
    checks = (
        Check("t3.row_total.new", tuple(f"t3.new.{c}" for c in T3_COLUMNS), 15, 6, False),
        Check(
            "t3.row_total.carried_in",
            tuple(f"t3.carried_in.{c}" for c in T3_COLUMNS),
            75,
            16,
            False,
        ),
        Check("t4.total.review", ("t4.review.total",), 2, 2, True),
    )
    kwargs: dict[str, Any] = {
        "id": "standin",
        "source": "standin.txt",
        "text": TEXT,
        "metadata": Metadata(agency="某市<script>局</script>", year=2020, published="2021-01-20"),
        "sections": (SectionSpan("preamble", 0, 16), SectionSpan("overview", 16, 120)),
        "tables": TablesResult("2019", values, checks, ()),
        "facts": facts,
        "reconciliation": recs,
        "warnings": ("spam: <b>bet365</b> found",),
        "errors": ("tables.failed: <i>x</i>",),
        "format": "text",
    }
    kwargs.update(overrides)
    return Report(**kwargs)


@pytest.fixture(scope="module")
def standin() -> tuple[Report, str, Page]:
    report = standin_report()
    html = render_html(report)
    return report, html, Page(html)


def test_every_fact_has_exactly_one_highlight(standin: tuple[Report, str, Page]) -> None:
    report, _, page = standin
    marks = fact_marks(page)
    assert sorted(marks) == list(range(len(report.facts)))
    assert all(len(m) == 1 for m in marks.values())


def test_highlight_covers_the_fact_text_and_is_labelled(standin: tuple[Report, str, Page]) -> None:
    report, _, page = standin
    for i in (0, 2, 6):  # (1 has fact 9 nested on the same span)
        (mark,) = fact_marks(page)[i]
        fact = report.facts[i]
        assert mark.attrs["data-type"] == fact.type
        assert mark.plain == fact.text
        assert mark.text == fact.text + fact.type  # the phrase, then the small type label
        assert "--c:" in mark.attrs["style"]


def test_nested_fact_is_inside_its_container(standin: tuple[Report, str, Page]) -> None:
    _, _, page = standin
    (inner,) = fact_marks(page)[3]
    assert any(p.attrs.get("data-fact") == "4" for p in inner.parents)


def test_crossing_fact_is_clipped_not_dropped(standin: tuple[Report, str, Page]) -> None:
    _, _, page = standin
    (mark,) = fact_marks(page)[5]
    assert "clipped" in mark.classes
    assert "clipped" in mark.attrs["title"]
    assert any(p.attrs.get("data-fact") == "4" for p in mark.parents)


@pytest.mark.parametrize("index", [7, 8], ids=["out-of-range", "empty-span"])
def test_unplaceable_fact_is_listed_apart(standin: tuple[Report, str, Page], index: int) -> None:
    _, _, page = standin
    (mark,) = fact_marks(page)[index]
    assert "unplaced" in mark.classes
    assert not any(p.tag == "pre" for p in mark.parents)


def test_fact_title_gives_provenance(standin: tuple[Report, str, Page]) -> None:
    _, _, page = standin
    (mark,) = fact_marks(page)[2]
    title = mark.attrs["title"]
    for expected in (
        "training.sessions",
        "value: 3 场次",
        "scope: jurisdiction",
        "year: 2020",
        "method: rule",
        "rule: test.rule",
        "confidence: 0.90",
        "approx: None",
        "cue 收到 → requests.received",
        "offsets:",
    ):
        assert expected in title


def test_one_badge_per_reconciliation_with_its_word(standin: tuple[Report, str, Page]) -> None:
    report, _, page = standin
    badges = inline_badges(page)
    assert sorted(int(b.attrs["data-rec"]) for b in badges) == list(
        range(len(report.reconciliation))
    )
    for badge in badges:
        rec = report.reconciliation[int(badge.attrs["data-rec"])]
        assert badge.text == rec.verdict.replace("_", " ")
        assert f"verdict-{rec.verdict.replace('_', '-')}" in badge.classes
        assert badge.attrs["data-for-fact"] == str(rec.fact)


def test_badge_sits_right_after_its_claim(standin: tuple[Report, str, Page]) -> None:
    _, html, _ = standin
    # The badge follows the closing tag of its fact's mark, before any other text.
    for rec, fact in ((0, 0), (3, 6)):
        pattern = (
            rf'data-fact="{fact}"[^>]*>[^<]*<span class="label">[^<]*</span></mark>'
            rf'<span class="badge [^"]*" data-rec="{rec}"'
        )
        assert re.search(pattern, html), (rec, fact)


def test_badge_title_explains_the_verdict(standin: tuple[Report, str, Page]) -> None:
    _, _, page = standin
    (badge,) = [b for b in inline_badges(page) if b.attrs["data-rec"] == "0"]
    title = badge.attrs["title"]
    assert "inconsistent" in title and "narrative: 64" in title and "table: 60" in title
    assert "t3.new.total" in title and "raw '6'" in title


def test_failed_check_cells_are_marked(standin: tuple[Report, str, Page]) -> None:
    report, _, page = standin
    assert report.tables is not None
    failing = {f for c in report.tables.checks if not c.holds for f in c.fields}
    cells = {el.attrs["data-field"]: el for el in page.select("td") if "data-field" in el.attrs}
    for fid in failing:
        assert "failed" in cells[fid].classes, fid
        assert "t3.row_total." in cells[fid].attrs["title"]
    new_total = cells["t3.new.total"].attrs["title"]
    assert "t3.row_total.new: 15 ≠ 6" in new_total  # check id and both sides
    assert "failed" not in cells["t4.review.total"].classes  # its check holds
    assert "failed" not in cells["t3.granted.total"].classes  # in no check at all


def test_cells_show_values_and_provenance(standin: tuple[Report, str, Page]) -> None:
    report, _, page = standin
    assert report.tables is not None
    for fid, tv in report.tables.values.items():
        (cell,) = page.select("td", data_field=fid)
        assert cell.text == str(tv.value)
        assert fid in cell.attrs["title"] and f"raw: {tv.raw!r}" in cell.attrs["title"]
        assert f"offsets: {tv.start}–{tv.end}" in cell.attrs["title"]


def test_tables_follow_the_template_grid(standin: tuple[Report, str, Page]) -> None:
    _, _, page = standin
    (t3,) = page.select("table", data_table="t3")
    rows = [
        el
        for el in page.select("tr")
        if t3 in el.parents and any(p.tag == "tbody" for p in el.parents)
    ]
    assert len(rows) == len(T3_ROWS_BY_TEMPLATE["2019"])
    cells = [el for el in page.select("td") if rows[0] in el.parents]
    assert [c.attrs["data-field"] for c in cells] == [f"t3.new.{c}" for c in T3_COLUMNS]
    (t4,) = page.select("table", data_table="t4")
    t4_cells = [el for el in page.select("td") if t4 in el.parents]
    assert len(t4_cells) == len(T4_GROUPS) * len(T4_COLUMNS)
    (t2,) = page.select("table", data_table="t2")
    t2_rows = [el for el in page.select("tr") if t2 in el.parents and el.parents[-1].tag == "tbody"]
    assert len(t2_rows) == len(T2_ROWS["2019"])
    # A blank cell is shown empty, never as 0.
    (absent,) = page.select("td", data_field="t3.results_total.total")
    assert "absent" in absent.classes and absent.text == ""


def test_spam_is_escaped(standin: tuple[Report, str, Page]) -> None:
    _, html, page = standin
    scripts = page.select("script")
    assert len(scripts) == 1 and "alert" not in scripts[0].text  # only our own script
    assert not page.select("img") and not page.select("b") and not page.select("i")
    assert not [el for el in page.elements if any(a.startswith("on") for a in el.attrs)]
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "某市&lt;script&gt;局&lt;/script&gt;" in html  # metadata
    assert "&lt;b&gt;bet365&lt;/b&gt;" in html  # warnings
    (mark,) = fact_marks(page)[9]
    assert mark.attrs["data-type"] == '<b onclick="x()">evil</b>'  # an attribute value, inert


def test_no_external_urls(standin: tuple[Report, str, Page]) -> None:
    _, html, page = standin
    assert "http://www.example.gov.cn" in html  # the document's URL is shown as text...
    for el in page.elements:
        for name in ("src", "href", "action", "data", "poster"):
            value = el.attrs.get(name, "").strip().lower()
            assert not value.startswith(("http:", "https:", "//", "javascript:")), (el.tag, value)
    assert not page.select("link")  # ...no stylesheet or resource is loaded
    assert "@import" not in html and "url(" not in html


def test_header_shows_metadata_warnings_and_errors(standin: tuple[Report, str, Page]) -> None:
    _, _, page = standin
    meta = {el.attrs["data-meta"]: el.text for el in page.with_attr("data-meta")}
    assert meta["year"] == "2020" and meta["template"] == "2019"
    assert meta["published"] == "2021-01-20" and meta["agency"] == "某市<script>局</script>"
    # warnings in plain words, the code kept in the tooltip
    assert [el.text for el in page.select("ul", "warnings")] == [
        "Injected spam text found. <b>bet365</b> found"
    ]
    assert [el.text for el in page.select("ul", "errors")] == ["tables.failed: <i>x</i>"]


def test_section_anchors_and_legend(standin: tuple[Report, str, Page]) -> None:
    report, _, page = standin
    anchors = page.with_attr("data-section")
    assert [a.attrs["data-section"] for a in anchors] == [s.id for s in report.sections]
    legend = {el.attrs["data-type"] for el in page.select("span", "key") if "data-type" in el.attrs}
    assert legend == {f.type for f in report.facts}


def test_text_is_reproduced_exactly(standin: tuple[Report, str, Page]) -> None:
    report, _, page = standin
    (pre,) = page.select("pre", "text")
    assert pre.plain == report.text  # highlights add labels and badges, never change the text
    assert pre.text != pre.plain


@pytest.mark.parametrize(
    "overrides",
    [
        {"tables": None},
        {"tables": TablesResult(None, {}, (), ())},
        {"facts": (), "reconciliation": ()},
        {"text": "", "facts": (), "reconciliation": (), "sections": ()},
        {"metadata": Metadata()},
    ],
    ids=["no-tables", "empty-tables", "no-facts", "empty-text", "no-metadata"],
)
def test_degenerate_reports_render(overrides: dict[str, Any]) -> None:
    page = Page(render_html(standin_report(**overrides)))
    assert page.select("pre", "text")
    assert len(page.select("script")) == 1


def test_html_input_is_shown_as_visible_text() -> None:
    source = (
        "<html><body><p>本机关收到申请<b>64</b>件。</p><script>var x = 1;</script></body></html>"
    )
    start = source.index("收到")
    end = source.index("件") + 1
    fact = Fact(
        "requests.received",
        64,
        "件",
        None,
        "self",
        2020,
        "overview",
        "申请",
        start,
        end,
        start,
        end,
        source[start:end],
        "rule",
        "r",
        None,
        0.9,
    )
    report = Report("h", None, source, facts=(fact,), format="html")
    html = render_html(report)
    page = Page(html)
    (pre,) = page.select("pre", "text")
    assert pre.attrs["data-display"] == "visible"
    (mark,) = fact_marks(page)[0]
    assert mark.plain == "收到申请64件"
    assert "var x" not in pre.text  # the page's script is not visible text
    (src,) = page.select("pre", "source")  # the source is there too, escaped
    assert "<b>64</b>" in src.text and len(page.select("script")) == 1


# --- real parses ---------------------------------------------------------------------


def _check_page(report: Report) -> None:
    html = render_html(report)
    page = Page(html)
    marks = fact_marks(page)
    assert sorted(marks) == list(range(len(report.facts)))
    assert all(len(m) == 1 for m in marks.values())
    badges = inline_badges(page)
    assert len(badges) == len(report.reconciliation)
    for badge in badges:
        rec = report.reconciliation[int(badge.attrs["data-rec"])]
        assert badge.text == rec.verdict.replace("_", " ")
    failing = {f for c in report.checks if not c.holds for f in c.fields}
    for fid in failing:
        (cell,) = page.select("td", data_field=fid)
        assert "failed" in cell.classes
    for el in page.elements:
        for name in ("src", "href"):
            assert not el.attrs.get(name, "").lower().startswith(("http", "//"))
    assert len(page.select("script")) == 1
    # A placed fact shows its own phrase (text input: exactly; HTML: the visible text).
    if report.format == "text":
        for i, fact in enumerate(report.facts):
            (mark,) = marks[i]
            if "clipped" not in mark.classes and "unplaced" not in mark.classes:
                assert mark.plain == report.text[fact.start : fact.end]
        (pre,) = page.select("pre", "text")
        assert pre.plain == report.text


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_real_seed(prefix: str) -> None:
    import govinfo_nlp

    report = govinfo_nlp.parse(seed_path(prefix))
    _check_page(report)


GENERATED = [
    (1, "pipe", ("wrong_total",)),
    (2, "html", ("spam_agency", "wrong_total")),
    (3, "cell_per_line", ("blank_cells",)),
    (4, "markdown", ("chrome",)),
    (5, "tsv", ("traditional",)),
    (6, "pdf_text", ("missing_tables",)),
    (7, "html", ("chrome", "dropped_cell")),
]


@pytest.mark.parametrize(
    ("seed", "layout", "faults"),
    GENERATED,
    ids=[f"{s}-{lay}-{'+'.join(f)}" for s, lay, f in GENERATED],
)
def test_generated_report(seed: int, layout: str, faults: tuple[str, ...]) -> None:
    import govinfo_nlp
    from govinfo_nlp_dev.synthetic.generator import generate_report

    synthetic = generate_report(seed, layout=layout, faults=faults)
    report = govinfo_nlp.parse(synthetic.text, format=synthetic.format)
    assert report.format == synthetic.format
    _check_page(report)


def test_generated_failed_check_is_visible() -> None:
    import govinfo_nlp
    from govinfo_nlp_dev.synthetic.generator import generate_report

    synthetic = generate_report(11, layout="pipe", faults=("wrong_total",))
    report = govinfo_nlp.parse(synthetic.text, format=synthetic.format)
    failed = [c for c in report.checks if not c.holds]
    if not failed:
        pytest.fail("the wrong_total fault should make a table check fail")
    page = Page(render_html(report))
    assert page.select("td", "failed")
    assert page.select("tr", "check-failed")


# --- never raises, never loses a fact -----------------------------------------------


@st.composite
def random_reports(draw: Any) -> Report:
    text = draw(st.text(alphabet=st.sampled_from(list("ab<>&\"'\n 收到件12")), max_size=60))
    n = len(text)
    facts = []
    for _ in range(draw(st.integers(0, 8))):
        start = draw(st.integers(-2, n + 2))
        end = draw(st.integers(-2, n + 3))
        facts.append(
            Fact(
                draw(st.sampled_from(["other", "requests.received", "<x>"])),
                1,
                None,
                None,
                "self",
                None,
                "overview",
                None,
                start,
                end,
                start,
                end,
                text[max(start, 0) : max(end, 0)],
                "rule",
                None,
                None,
                0.5,
            )
        )
    recs = tuple(
        Reconciliation(
            draw(st.integers(-1, len(facts) + 1)),
            "other",
            1,
            (),
            None,
            draw(st.sampled_from(["consistent", "inconsistent", "not_comparable", "unverifiable"])),
            "",
            (0, 0),
        )
        for _ in range(draw(st.integers(0, 4)))
    )
    sections = tuple(
        SectionSpan("overview", s, s + 1) for s in draw(st.lists(st.integers(0, n), max_size=3))
    )
    return Report(
        "r", None, text, facts=tuple(facts), reconciliation=recs, sections=sections, format="text"
    )


@settings(max_examples=200, deadline=None)
@given(random_reports())
def test_any_report_renders_with_every_fact_and_badge(report: Report) -> None:
    page = Page(render_html(report))
    marks = fact_marks(page)
    assert sorted(marks) == list(range(len(report.facts)))
    assert all(len(m) == 1 for m in marks.values())
    assert len(inline_badges(page)) == len(report.reconciliation)
    (pre,) = page.select("pre", "text")
    assert pre.plain == report.text
    assert len(page.select("script")) == 1


def test_report_to_html_is_render_html() -> None:
    report = standin_report()
    assert report.to_html() == render_html(report)


# --- the summary, table marks and the disagreements page ----------------------------


def test_the_page_opens_with_a_summary_contradictions_first(
    standin: tuple[Report, str, Page],
) -> None:
    _, html, page = standin
    assert (
        html.index('id="summary"') < html.index("<h2>Warnings</h2>") < html.index("<h2>Text</h2>")
    )
    (summary,) = page.select("section", "summary")
    assert "6 claims" in summary.text
    (contradiction,) = page.select("div", "contradiction")
    # its sentence with the claim, both values, the cell compared and the reason
    assert "收到政府信息公开申请64件" in contradiction.text
    assert "The text says 64; the table says 60" in contradiction.text
    assert (
        "t3.new.total" in contradiction.text
        and "一、本年新收政府信息公开申请数量" in contradiction.text
    )
    assert "Why: 64 ≠ 60" in contradiction.text


def test_every_mark_has_a_legend(standin: tuple[Report, str, Page]) -> None:
    _, _, page = standin
    (verdicts,) = [
        el for el in page.with_attr("data-legend") if el.attrs["data-legend"] == "verdicts"
    ]
    for v in ("consistent", "inconsistent", "not comparable", "unverifiable"):
        assert v in verdicts.text
    (cells,) = [el for el in page.with_attr("data-legend") if el.attrs["data-legend"] == "tables"]
    for words in ("worked out from the table's sums", "blank in the source", "unread"):
        assert words in cells.text


def test_blank_unread_and_derived_cells_are_told_apart() -> None:
    values = dict(t3_values())
    values["t3.new.natural"] = TableValue("t3.new.natural", 0, "", 0, 0, method="derived")
    tables = TablesResult(
        "2019",
        values,
        (),
        (),
        unread=("t3.partial.total",),
        blank=frozenset({"t3.partial.natural"}),
    )
    page = Page(render_html(standin_report(tables=tables)))
    cell = {el.attrs["data-field"]: el for el in page.with_attr("data-field") if el.tag == "td"}
    assert "derived" in cell["t3.new.natural"].attrs["class"]
    assert "unread" in cell["t3.partial.total"].attrs["class"]
    assert cell["t3.partial.total"].text == "?"
    assert "blank" in cell["t3.partial.natural"].attrs["class"]


def test_disagreements_page_lists_only_contradictions() -> None:
    rows = [
        {
            "source": "a.txt",
            "metadata": {"agency": "某局", "year": 2020},
            "facts": [{"text": "办结66件"}, {"text": "行政复议2件"}],
            "reconciliation": [
                {
                    "fact": 0,
                    "narrative": 66,
                    "table": 65,
                    "fields": ["t3.results_total.total"],
                    "verdict": "inconsistent",
                    "reason": "narrative 66 disagrees with t3.results_total.total = 65",
                    "evidence": {"cells": [{"field": "t3.results_total.total", "value": 65}]},
                },
                {"fact": 1, "narrative": 2, "table": 2, "fields": [], "verdict": "consistent"},
            ],
        },
        {"source": "<b>b</b>.txt", "metadata": {}, "facts": [], "reconciliation": []},
    ]
    html = render_disagreements(rows)
    page = Page(html)
    (entry,) = page.select("div", "contradiction")
    assert "办结66件" in entry.text and "表三 （七）总计 · 总计" in entry.text
    assert "The text says 66; the table says 65" in entry.text
    assert "<strong>1</strong> contradictions among 2 claims checked in 2 reports" in html
    assert "&lt;b&gt;b&lt;/b&gt;" not in html or "<b>b</b>" not in html


def test_render_disagreements_command(tmp_path: Path) -> None:
    from govinfo_nlp.cli import main

    src = tmp_path / "out.jsonl"
    src.write_text(
        json.dumps({"source": "x", "metadata": {}, "facts": [], "reconciliation": []}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "page.html"
    assert main(["render", str(src), "--disagreements", "-o", str(out)]) == 0
    assert "No claim contradicts" in out.read_text("utf-8")
