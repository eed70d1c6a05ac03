"""Reconciliation (SCHEMA §4): a case table on hand-built facts and tables, then seeds."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import pytest
from conftest import seed_path

from govinfo_nlp.reconcile import Reconciliation, approx_bounds, counterpart_fields, reconcile
from govinfo_nlp.schema import table_fields

# --- test doubles (structurally the same as facts.Fact / tables.TablesResult) ---


@dataclass(frozen=True)
class F:
    type: str
    value: float | int
    text: str = ""
    unit: str | None = "件"
    approx: str | None = None
    scope: str = "self"
    year: int | None = 2020
    subject: str | None = None
    start: int = 10
    end: int = 20
    delta: bool = False
    cumulative: bool = False
    section: str = "appeals"


@dataclass(frozen=True)
class V:
    value: float | int
    raw: str = ""
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class T:
    template: str | None
    values: Mapping[str, V] = field(default_factory=dict)
    unread: tuple[str, ...] = ()
    blank: frozenset[str] = frozenset()


def tables(template: str | None, **cells: float | int) -> T:
    """tables("2019", t3__new__total=5) -> field t3.new.total (double underscore = dot).

    Every other field of the template's tables 三 and 四 is blank in the source.
    """
    values = {}
    for i, (name, value) in enumerate(cells.items()):
        fid = name.replace("__", ".")
        values[fid] = V(
            value, raw=str(value), start=1000 + 10 * i, end=1000 + 10 * i + len(str(value))
        )
    rest = {f for f in table_fields(template or "2019") if f[:3] in ("t3.", "t4.")}
    return T(template, values, blank=frozenset(rest - values.keys()))


SEED000 = tables(
    "2019",
    t2__rules__made=6,
    t2__rules__published=6,
    t2__normative__made=52,
    t2__normative__published=52,
    t3__new__total=64,
    t3__carried_in__total=4,
    t3__granted__total=10,
    t3__partial__total=7,
    t3__results_total__total=65,
    t3__carried_out__total=3,
    t4__review__total=3,
    t4__review__corrected=0,
    t4__suit_direct__total=2,
    t4__suit_direct__corrected=0,
    t4__suit_after_review__total=1,
    t4__suit_after_review__corrected=0,
)

T2021 = tables(
    "2021",
    t2__rules__issued=2,
    t2__normative__issued=16,
    t3__new__total=70,
    t3__carried_in__total=3,
    t3__granted__total=200,
    t3__partial__total=58,
    t3__denied__state_secret__total=1,
    t3__denied__internal__total=2,
    t3__results_total__total=300,
    t3__other_handling__no_supplement__total=4,
    t3__other_handling__other__total=1,
    t4__review__total=2,
    t4__review__corrected=1,
    t4__suit_direct__total=1,
)

DENIED = (
    "state_secret",
    "prohibited",
    "security",
    "third_party",
    "internal",
    "process",
    "enforcement",
    "query",
)

CASES: list[tuple[str, F, T | None, str, tuple[str, ...], Any]] = [
    # id, fact, tables, verdict, fields, table value
    (
        "closed-65",
        F("requests.closed", 65, "办结政府信息依申请公开65件"),
        SEED000,
        "consistent",
        ("t3.results_total.total",),
        65,
    ),
    (
        "closed-wrong",
        F("requests.closed", 66, "办结66件"),
        SEED000,
        "inconsistent",
        ("t3.results_total.total",),
        65,
    ),
    (
        "review-3",
        F("appeals.review", 3, "行政复议案件3件"),
        SEED000,
        "consistent",
        ("t4.review.total",),
        3,
    ),
    (
        "suit-3=2+1",
        F("appeals.suit", 3, "行政诉讼案件3件"),
        SEED000,
        "consistent",
        ("t4.suit_direct.total", "t4.suit_after_review.total"),
        3,
    ),
    (
        "suit-partial-sum",
        F("appeals.suit", 1, "行政诉讼1件"),
        T2021,
        "consistent",
        ("t4.suit_direct.total", "t4.suit_after_review.total"),
        1,
    ),
    (
        "corrected-0",
        F("appeals.corrected", 0, "被纠错0件"),
        SEED000,
        "consistent",
        ("t4.review.corrected", "t4.suit_direct.corrected", "t4.suit_after_review.corrected"),
        0,
    ),
    (
        "rules-6-made",
        F("proactive.rules", 6, "制定市政府规章6部", unit="部"),
        SEED000,
        "consistent",
        ("t2.rules.made",),
        6,
    ),
    (
        "normative-52",
        F("proactive.normative", 52, "规范性文件52件"),
        SEED000,
        "consistent",
        ("t2.normative.made",),
        52,
    ),
    (
        "normative-2021-issued",
        F("proactive.normative", 16, "印发规范性文件16件"),
        T2021,
        "consistent",
        ("t2.normative.issued",),
        16,
    ),
    (
        "normative-2021-wrong",
        F("proactive.normative", 15, "印发规范性文件15件"),
        T2021,
        "inconsistent",
        ("t2.normative.issued",),
        16,
    ),
    (
        "normative-published-fallback",
        F("proactive.normative", 9, "规范性文件9件"),
        tables("2019", t2__normative__published=9),
        "consistent",
        ("t2.normative.published",),
        9,
    ),
    (
        "received-new",
        F("requests.received", 64, "收到申请64件"),
        SEED000,
        "consistent",
        ("t3.new.total",),
        64,
    ),
    (
        "received-with-carry",
        F("requests.received", 68, "共受理申请68件(含上年结转4件)"),
        SEED000,
        "consistent",
        ("t3.new.total", "t3.carried_in.total"),
        68,
    ),
    (
        "received-not-incl-carry",
        F("requests.received", 64, "受理64件(不含上年结转)"),
        SEED000,
        "consistent",
        ("t3.new.total",),
        64,
    ),
    (
        "mixed-categories",
        F("requests.closed", 258, "予以公开及部分公开258件"),
        T2021,
        "consistent",
        ("t3.granted.total", "t3.partial.total"),
        258,
    ),
    (
        "category-subrows",
        F("requests.closed", 3, "不予公开3件"),
        T2021,
        "consistent",
        tuple(f"t3.denied.{r}.total" for r in DENIED),
        3,
    ),
    (
        "category-traditional",
        F("requests.closed", 17, "予以公開及部分公開17件"),
        SEED000,
        "consistent",
        ("t3.granted.total", "t3.partial.total"),
        17,
    ),
    (
        "approx-under",
        F("requests.closed", 70, "办结近70件", approx="under"),
        SEED000,
        "consistent",
        ("t3.results_total.total",),
        65,
    ),
    (
        "approx-under-too-far",
        F("requests.closed", 100, "办结近100件", approx="under"),
        SEED000,
        "inconsistent",
        ("t3.results_total.total",),
        65,
    ),
    (
        "approx-under-above",
        F("requests.closed", 60, "办结近60件", approx="under"),
        SEED000,
        "inconsistent",
        ("t3.results_total.total",),
        65,
    ),
    (
        "approx-over",
        F("requests.closed", 60, "办结60余件", approx="over"),
        SEED000,
        "consistent",
        ("t3.results_total.total",),
        65,
    ),
    (
        "approx-over-below",
        F("requests.closed", 66, "办结66余件", approx="over"),
        SEED000,
        "inconsistent",
        ("t3.results_total.total",),
        65,
    ),
    (
        "approx-about",
        F("requests.closed", 60, "办结约60件", approx="about"),
        SEED000,
        "consistent",
        ("t3.results_total.total",),
        65,
    ),
    (
        "jurisdiction",
        F("requests.received", 15, "收到申请15件", scope="jurisdiction"),
        SEED000,
        "not_comparable",
        ("t3.new.total",),
        None,
    ),
    (
        "scope-unknown",
        F("appeals.review", 2, "复议2件", scope="unknown"),
        SEED000,
        "not_comparable",
        ("t4.review.total",),
        None,
    ),
    (
        "other-year",
        F("requests.closed", 65, "2019年办结65件", year=2019),
        SEED000,
        "not_comparable",
        ("t3.results_total.total",),
        None,
    ),
    (
        "delta",
        F("requests.closed", 12, "同比减少12件", delta=True),
        SEED000,
        "not_comparable",
        ("t3.results_total.total",),
        None,
    ),
    (
        "cumulative",
        F("proactive.normative", 1159, "累计1159件", cumulative=True),
        SEED000,
        "not_comparable",
        ("t2.normative.made",),
        None,
    ),
    (
        "ratio",
        F("requests.closed", 0.4672, "同比下降46.72%", unit="%"),
        SEED000,
        "not_comparable",
        ("t3.results_total.total",),
        None,
    ),
    (
        "no-tables",
        F("requests.received", 70, "收到70件"),
        None,
        "unverifiable",
        ("t3.new.total",),
        None,
    ),
    (
        "template-none-empty",
        F("appeals.review", 2, "复议2件"),
        T(None),
        "unverifiable",
        ("t4.review.total",),
        None,
    ),
    (
        "field-absent",
        F("appeals.review", 2, "复议2件"),
        tables("2021", t3__new__total=1),
        "unverifiable",
        ("t4.review.total",),
        None,
    ),
    (
        "jurisdiction-beats-no-tables",
        F("requests.received", 15, "15件", scope="jurisdiction"),
        None,
        "not_comparable",
        ("t3.new.total",),
        None,
    ),
]


@pytest.mark.parametrize(
    ("fact", "tbl", "verdict", "fields", "table"),
    [pytest.param(*c[1:], id=c[0]) for c in CASES],
)
def test_case_table(
    fact: F, tbl: T | None, verdict: str, fields: tuple[str, ...], table: Any
) -> None:
    (rec,) = reconcile([fact], tbl, report_year=2020)
    assert rec.verdict == verdict, rec.reason
    assert rec.fields == fields
    assert rec.table == table
    assert rec.reason and "\n" not in rec.reason
    assert rec.fact == 0 and rec.type == fact.type and rec.narrative == fact.value


@dataclass(frozen=True)
class FI(F):
    """A fact that says which list item it is (as :class:`govinfo_nlp.facts.Fact` does)."""

    item: str | None = None


BREAKDOWN = tables(
    "2019",
    t3__new__natural=30,
    t3__new__commercial=4,
    t3__new__research=1,
    t3__new__legal=2,
    t3__new__total=37,
    t3__carried_in__total=3,
    t3__granted__total=12,
    t3__partial__total=6,
    t3__denied__internal__total=2,
    t3__denied__process__total=1,
    t3__unavailable__not_held__total=9,
    t3__unavailable__needs_creation__total=2,
    t3__not_processed__duplicate__total=4,
    t3__other_handling__total=1,
    t3__results_total__total=37,
    t4__review__upheld=1,
    t4__review__corrected=1,
    t4__review__total=2,
    t4__suit_direct__pending=1,
    t4__suit_direct__total=1,
)

BREAKDOWN_CASES = [
    # id, fact, fields, verdict
    (
        "granted-own-row",
        FI("requests.closed", 12, "予以公开12件", item="予以公开"),
        ("t3.granted.total",),
        "consistent",
    ),
    (
        "two-joined",
        FI("requests.closed", 18, "予以公开和部分公开18件", item="予以公开和部分公开"),
        ("t3.granted.total", "t3.partial.total"),
        "consistent",
    ),
    (
        "denied-sums-subrows",
        FI("requests.closed", 3, "不予公开3件", item="不予公开"),
        tuple(f"t3.denied.{r}.total" for r in DENIED),
        "consistent",
    ),
    (
        "unavailable-subrow",
        FI("requests.closed", 9, "本机关不掌握9件", item="本机关不掌握"),
        ("t3.unavailable.not_held.total",),
        "consistent",
    ),
    (
        "subrow-replaces-parent",
        FI("requests.closed", 2, "无法提供中没有现成信息的2件", item="无法提供中没有现成信息的"),
        ("t3.unavailable.needs_creation.total",),
        "consistent",
    ),
    (
        "not-processed",
        FI("requests.closed", 4, "不予处理4件", item="不予处理"),
        tuple(
            f"t3.not_processed.{r}.total"
            for r in ("complaint", "duplicate", "publication", "mass", "confirm")
        ),
        "consistent",
    ),
    (
        "other-handling",
        FI("requests.closed", 1, "其他处理1件", item="其他处理"),
        ("t3.other_handling.total",),
        "consistent",
    ),
    (
        "natural",
        FI("requests.received", 30, "自然人提出30件", item="自然人提出"),
        ("t3.new.natural",),
        "consistent",
    ),
    (
        "firms",
        FI("requests.received", 4, "来自企业4件", item="来自企业"),
        ("t3.new.commercial",),
        "consistent",
    ),
    (
        "legal-persons",
        FI("requests.received", 7, "法人或其他组织7件", item="法人或其他组织"),
        tuple(f"t3.new.{c}" for c in ("commercial", "research", "social", "legal", "other")),
        "consistent",
    ),
    (
        "channel",
        FI("requests.received", 20, "网上申请20件", item="其中网上申请"),
        (),
        "unverifiable",
    ),
    (
        "review-upheld",
        FI("appeals.review", 1, "复议维持1件", item="复议维持"),
        ("t4.review.upheld",),
        "consistent",
    ),
    (
        "suit-pending",
        FI("appeals.suit", 1, "一件尚在审理", item="尚在审理"),
        ("t4.suit_direct.pending", "t4.suit_after_review.pending"),
        "consistent",
    ),
    (
        "item-without-category",
        FI("requests.closed", 37, "办结37件", item="办结"),
        ("t3.results_total.total",),
        "consistent",
    ),
]


@pytest.mark.parametrize("case", BREAKDOWN_CASES, ids=[c[0] for c in BREAKDOWN_CASES])
def test_breakdowns_meet_their_own_row_or_column(case: tuple) -> None:
    _, fact, fields, verdict = case
    (rec,) = reconcile([fact], BREAKDOWN, report_year=2020)
    assert (rec.fields, rec.verdict) == (fields, verdict), rec.reason


def test_list_items_do_not_borrow_the_next_items_category() -> None:
    text = "办结结果为:予以公开12件、部分公开6件、不予公开3件。"
    facts = [
        F("requests.closed", v, t, start=text.index(t), end=text.index(t) + len(t))
        for v, t in ((12, "予以公开12件"), (6, "部分公开6件"), (3, "不予公开3件"))
    ]
    recs = reconcile(facts, BREAKDOWN, report_year=2020, text=text)
    assert [r.verdict for r in recs] == ["consistent"] * 3
    assert recs[0].fields == ("t3.granted.total",)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("全年收到申请37件,加上上年结转3件,共计40件。", id="plus-carried-total"),
        pytest.param("本年新收申请37件,上年结转3件,合计40件。", id="carried-then-sum"),
        pytest.param("共受理申请40件,其中上年结转3件。", id="total-then-part"),
    ],
)
def test_total_including_carried_in_the_sentence(text: str) -> None:
    span = "40件"
    fact = F("requests.received", 40, span, start=text.index(span), end=text.index(span) + 3)
    (rec,) = reconcile([fact], BREAKDOWN, report_year=2020, text=text)
    assert rec.fields == ("t3.new.total", "t3.carried_in.total")
    assert rec.verdict == "consistent"


def test_new_applications_next_to_a_carried_count_stay_new() -> None:
    text = "上年结转3件,本年新收申请37件。"
    fact = F("requests.received", 37, "新收申请37件", start=text.index("新收"), end=len(text) - 1)
    (rec,) = reconcile([fact], BREAKDOWN, report_year=2020, text=text)
    assert rec.fields == ("t3.new.total",) and rec.verdict == "consistent"


def test_types_without_counterpart_are_skipped_and_indices_kept() -> None:
    facts = [
        F("proactive.items", 105, "政策文件105件"),
        F("training.sessions", 2, "培训2场次", unit="场次"),
        F("requests.closed", 65, "办结65件"),
    ]
    recs = reconcile(facts, SEED000, report_year=2020)
    assert [r.fact for r in recs] == [2]


def test_sum_with_absent_fields_names_them() -> None:
    (rec,) = reconcile([F("appeals.suit", 1, "诉讼1件", year=2021)], T2021, report_year=2021)
    assert rec.verdict == "consistent"
    assert rec.absent == ("t4.suit_after_review.total",)
    assert "t4.suit_after_review.total" in rec.reason
    assert rec.to_dict()["absent"] == ["t4.suit_after_review.total"]


def test_fallback_is_explained() -> None:
    tbl = tables("2019", t2__rules__published=2)
    (rec,) = reconcile([F("proactive.rules", 2, "规章2部")], tbl, report_year=2020)
    assert "t2.rules.made absent" in rec.reason


def test_made_column_whatever_the_verb() -> None:
    tbl = tables("2019", t2__normative__made=3, t2__normative__published=5)
    (rec,) = reconcile([F("proactive.normative", 6, "公开规范性文件6件")], tbl, report_year=2020)
    assert rec.fields == ("t2.normative.made",)
    assert rec.verdict == "inconsistent"
    # (session 18) a count the published column (本年新公开数量) agrees with is no
    # contradiction: consistent with it when the words say 公开 and nothing of making
    (rec,) = reconcile([F("proactive.normative", 5, "公开规范性文件5件")], tbl, report_year=2020)
    assert (rec.fields, rec.verdict) == (("t2.normative.published",), "consistent")
    (rec,) = reconcile([F("proactive.normative", 5, "制发规范性文件5件")], tbl, report_year=2020)
    assert (rec.fields, rec.verdict) == (("t2.normative.made",), "unverifiable")


@pytest.mark.parametrize(
    ("after", "fields"),
    [
        pytest.param("（含上年结转申请）。", ("t3.new.total", "t3.carried_in.total"), id="incl"),
        pytest.param("(含上年結轉4件)", ("t3.new.total", "t3.carried_in.total"), id="trad"),
        pytest.param("（不含上年结转）", ("t3.new.total",), id="negated"),
        pytest.param("，上年结转4件", ("t3.new.total",), id="next-clause"),
        pytest.param("。上年结转4件", ("t3.new.total",), id="next-sentence"),
    ],
)
def test_carry_cue_after_the_phrase(after: str, fields: tuple[str, ...]) -> None:
    # 70 is neither new (64) nor new + carried (68): the cue alone decides the fields.
    text = "2020年共受理政府信息公开申请70件" + after
    fact = F(
        "requests.received", 70, "共受理政府信息公开申请70件", start=5, end=text.index("件") + 1
    )
    (rec,) = reconcile([fact], SEED000, report_year=2020, text=text)
    assert rec.fields == fields
    (bare,) = reconcile([fact], SEED000, report_year=2020)
    assert bare.fields == ("t3.new.total",)
    # 68 = 64 new + 4 carried: no contradiction unless the text says 不含上年结转.
    f68 = replace(fact, value=68, text="共受理政府信息公开申请68件")
    (rec,) = reconcile([f68], SEED000, report_year=2020, text=text.replace("70", "68"))
    assert rec.verdict == ("inconsistent" if "不含" in after else "consistent")


def test_year_unknown_is_assumed_to_be_the_report_year() -> None:
    (rec,) = reconcile([F("requests.closed", 65, year=None)], SEED000, report_year=2020)
    assert rec.verdict == "consistent"
    (rec,) = reconcile([F("requests.closed", 65, year=2019)], SEED000, report_year=None)
    assert rec.verdict == "consistent"


def test_unknown_template_tries_both_templates() -> None:
    tbl = tables(None, t2__normative__issued=4)
    (rec,) = reconcile([F("proactive.normative", 4)], tbl, report_year=2020)
    assert rec.verdict == "consistent" and rec.fields == ("t2.normative.issued",)


def test_to_dict_has_schema_keys_and_evidence() -> None:
    fact = F("appeals.suit", 3, "行政诉讼案件3件", start=812, end=826)
    (rec,) = reconcile([fact], SEED000, report_year=2020)
    d = rec.to_dict()
    assert list(d)[:6] == ["fact", "type", "narrative", "fields", "table", "verdict"]
    assert d["evidence"]["fact"] == [812, 826]
    cells = d["evidence"]["cells"]
    assert [c["field"] for c in cells] == ["t4.suit_direct.total", "t4.suit_after_review.total"]
    origin = SEED000.values["t4.suit_direct.total"]
    assert cells[0]["span"] == [origin.start, origin.end]
    assert cells[0]["value"] == 2 and cells[0]["raw"] == "2"


def test_reconciliation_is_frozen() -> None:
    (rec,) = reconcile([F("requests.closed", 65)], SEED000, report_year=2020)
    with pytest.raises(AttributeError):
        rec.verdict = "x"  # type: ignore[misc]
    assert isinstance(rec, Reconciliation)


@pytest.mark.parametrize(
    ("value", "approx", "inside", "outside"),
    [
        pytest.param(1200, "over", [1200, 1230, 1299], [1199, 1300], id="1200余"),
        pytest.param(50, "under", [48, 50, 45], [51, 44], id="近50"),
        pytest.param(100, "under", [90, 100], [89, 65, 101], id="近100"),
        pytest.param(50, "about", [45, 55], [44, 56], id="约50"),
        pytest.param(100000, "over", [100000, 150000], [99999, 200000], id="10万余"),
        pytest.param(7, None, [7], [6, 8], id="exact"),
    ],
)
def test_approx_bounds(
    value: int, approx: str | None, inside: list[int], outside: list[int]
) -> None:
    low, high = approx_bounds(value, approx)
    for t in inside:
        assert low <= t <= high, (t, low, high)
    for t in outside:
        assert not low <= t <= high, (t, low, high)


def test_counterpart_fields_empty_for_other_types() -> None:
    assert counterpart_fields(F("other", 3), "2019") == ()
    assert counterpart_fields(F("proactive.items", 3), "2021") == ()


def test_float_table_values_compare_numerically() -> None:
    tbl = T("2021", {"t4.review.total": V(3.0)})
    (rec,) = reconcile([F("appeals.review", 3, year=2021)], tbl, report_year=2021)
    assert rec.verdict == "consistent"
    assert replace(rec, verdict="x").verdict == "x"


# --- end to end on the seeds (needs the pipeline) ------------------------------


def _parse(prefix: str) -> dict[str, Any]:
    pipeline = pytest.importorskip("govinfo_nlp.pipeline", reason="pipeline not written yet")
    path = seed_path(prefix)
    return pipeline.parse(path).to_dict()  # type: ignore[no-any-return]


def _verdicts(row: dict[str, Any]) -> list[tuple[str, Any, str]]:
    return [(r["type"], r["narrative"], r["verdict"]) for r in row["reconciliation"]]


def test_seed_000_claims_are_consistent() -> None:
    row = _parse("000")
    got = _verdicts(row)
    for expected in [
        ("requests.closed", 65, "consistent"),
        ("appeals.review", 3, "consistent"),
        ("appeals.suit", 3, "consistent"),
        ("proactive.rules", 6, "consistent"),
        ("proactive.normative", 52, "consistent"),
    ]:
        assert expected in got, got


def test_seed_002_without_tables_is_unverifiable() -> None:
    row = _parse("002")
    self_rows = [r for r in row["reconciliation"] if r["verdict"] != "not_comparable"]
    assert self_rows, row["reconciliation"]
    assert all(r["verdict"] == "unverifiable" for r in self_rows), self_rows


def test_seed_004_jurisdiction_count_is_not_comparable() -> None:
    row = _parse("004")
    got = [(r["narrative"], r["verdict"]) for r in row["reconciliation"]]
    assert (15, "not_comparable") in got, got
    assert (15, "inconsistent") not in got


# --- against the generator's expected verdicts (reconcile alone) ---------------


def _generator() -> Any:
    return pytest.importorskip(
        "govinfo_nlp_dev.synthetic.generator",
        reason="govinfo_nlp_dev/synthetic/generator.py not available",
    )


def test_agrees_with_generator_verdicts() -> None:
    gen = _generator()
    compared = Counter[str]()
    for seed in range(60):
        template = ("2019", "2021", None)[seed % 3]
        report = gen.generate_report(seed, template=template)
        tbl = (
            T(report.template, {f: V(v) for f, v in report.truth.items()})
            if report.template
            else None
        )
        truths = [f for f in report.facts if f.verdict is not None]
        facts = [
            F(
                t.type,
                t.value,
                t.text,
                unit=t.unit,
                approx=t.approx,
                scope=t.scope,
                year=t.year,
                subject=t.subject,
                start=t.start,
                end=t.end,
                section=t.section,
            )
            for t in truths
        ]
        recs = reconcile(facts, tbl, report_year=report.year, text=report.text)
        assert len(recs) == len(truths)
        for rec, truth in zip(recs, truths, strict=True):
            assert rec.verdict == truth.verdict, (seed, truth.text, rec.reason)
            if rec.verdict in ("consistent", "inconsistent"):
                assert rec.fields == truth.fields, (seed, truth.text)
            compared[rec.verdict] += 1
    assert set(compared) == {"consistent", "inconsistent", "not_comparable", "unverifiable"}


def test_pipeline_verdicts_match_generator_end_to_end() -> None:
    gen = _generator()
    pipeline = pytest.importorskip("govinfo_nlp.pipeline")
    outcome = Counter[bool]()
    misses = []
    for report in gen.generate_corpus(45, seed=1):
        parsed = pipeline.parse(report.text, format=report.format)
        for truth in (t for t in report.facts if t.verdict is not None):
            got = "missing"
            for rec in parsed.reconciliation:
                fact = parsed.facts[rec.fact]
                if fact.quantity_start < truth.end and truth.start < fact.quantity_end:
                    got = rec.verdict
                    break
            outcome[got == truth.verdict] += 1
            if got != truth.verdict:
                misses.append((truth.text, truth.verdict, got))
    total = sum(outcome.values())
    assert total > 100
    assert outcome[True] / total >= 0.95, misses[:10]


@pytest.mark.parametrize(
    "sentence",
    [
        "全年共受理政府信息公开申请58件（含2020年结转3件），均已办结。",
        "全年共受理政府信息公开申请58件，其中本年新收55件，上年结转3件。",
        "全年受理政府信息公開申請58件，其中2020年結轉3件。",
    ],
    ids=["dated-carry", "new-part", "traditional"],
)
def test_a_total_with_a_carried_part_compares_with_new_plus_carried(sentence: str) -> None:
    import govinfo_nlp

    table = (
        "三、收到和处理政府信息公开申请情况\n"
        "一、本年新收政府信息公开申请数量 | 55 | 0 | 0 | 0 | 0 | 0 | 55 |\n"
        "二、上年结转政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |\n"
    )
    text = "某局2021年政府信息公开工作年度报告\n一、总体情况\n" + sentence + "\n" + table
    report = govinfo_nlp.parse(text)
    (rec,) = [r for r in report.reconciliation if r.narrative == 58]
    assert rec.fields == ("t3.new.total", "t3.carried_in.total")
    assert rec.verdict == "consistent"


# --- SCHEMA §4: when a disagreement may be called inconsistent ----------------


@dataclass(frozen=True)
class VD(V):
    method: str = "read"


def test_a_sum_with_an_unread_part_is_unverifiable_never_inconsistent() -> None:
    # The issue's case: suit = 3, suit_direct = 1, suit_after_review left out
    # because its row could not be placed.
    tbl = T("2019", {"t4.suit_direct.total": V(1, "1")}, unread=("t4.suit_after_review.total",))
    (rec,) = reconcile([F("appeals.suit", 3, "行政诉讼3件")], tbl, report_year=2020)
    assert rec.verdict == "unverifiable"
    assert "t4.suit_after_review.total" in rec.reason and "certainty" in rec.reason
    # A part never found in the tables is no blank either.
    tbl = T("2019", {"t4.suit_direct.total": V(1, "1")})
    (rec,) = reconcile([F("appeals.suit", 3, "行政诉讼3件")], tbl, report_year=2020)
    assert rec.verdict == "unverifiable" and "not found" in rec.reason


def test_a_sum_with_a_blank_part_uses_the_parts_present() -> None:
    blank = frozenset(f"t4.suit_after_review.{c}" for c in ("upheld", "total"))
    tbl = T("2019", {"t4.suit_direct.total": V(1, "1")}, blank=blank)
    (rec,) = reconcile([F("appeals.suit", 3, "行政诉讼3件")], tbl, report_year=2020)
    assert rec.verdict == "inconsistent" and rec.absent == ("t4.suit_after_review.total",)
    assert "blank in the source" in rec.reason


def test_a_derived_cell_confirms_but_never_accuses() -> None:
    tbl = T("2019", {"t4.review.total": VD(0, "", method="derived")})
    (agree,) = reconcile([F("appeals.review", 0, "行政复议0件")], tbl, report_year=2020)
    assert agree.verdict == "consistent"
    assert agree.to_dict()["evidence"]["cells"][0]["method"] == "derived"
    (differ,) = reconcile([F("appeals.review", 3, "行政复议3件")], tbl, report_year=2020)
    assert differ.verdict == "unverifiable" and "worked out from the table's sums" in differ.reason


def test_a_fallback_column_confirms_but_never_accuses() -> None:
    tbl = tables("2019", t2__rules__published=6)
    (rec,) = reconcile([F("proactive.rules", 5, "制定规章5件")], tbl, report_year=2020)
    assert rec.verdict == "unverifiable" and "need not count the same" in rec.reason


def test_a_count_after_a_larger_one_of_its_kind_is_not_accused() -> None:
    text = "办结申请65件，答复申请人60件。"
    facts = [
        F("requests.closed", v, t, start=text.index(t), end=text.index(t) + len(t))
        for v, t in ((65, "办结申请65件"), (60, "答复申请人60件"))
    ]
    recs = reconcile(facts, SEED000, report_year=2020, text=text)
    assert [r.verdict for r in recs] == ["consistent", "unverifiable"]
    assert "may be a part of it" in recs[1].reason


@dataclass(frozen=True)
class FO(F):
    outside_body: bool = False


def test_a_fact_outside_the_body_gets_no_verdict() -> None:
    facts = [FO("requests.closed", 3, "办结3件", outside_body=True), F("requests.closed", 65)]
    assert [r.fact for r in reconcile(facts, SEED000, report_year=2020)] == [1]


ISSUE_PARTS = [
    # The issue's breakdowns: each would be a false inconsistent with the total.
    ("以信函形式申请35件", "requests.received", 35, "以信函形式申请", "unverifiable", ()),
    ("当面递交2件", "requests.received", 2, "当面递交", "unverifiable", ()),
    ("传真4件", "requests.received", 4, "传真", "unverifiable", ()),
    (
        "告知通过其他途径办理11件",
        "requests.closed",
        11,
        "告知通过其他途径办理",
        "unverifiable",
        ("t3.other_handling.total",),
    ),
    ("5件结果维持", "appeals.review", 5, "结果维持", "unverifiable", ("t4.review.upheld",)),
    ("含新制定5件", "proactive.rules", 5, "含新制定", "unverifiable", ()),
    ("修改4件", "proactive.rules", 4, "修改", "unverifiable", ()),
]


@pytest.mark.parametrize("case", ISSUE_PARTS, ids=[c[0] for c in ISSUE_PARTS])
def test_parts_in_the_issue_are_never_compared_with_the_total(case: tuple) -> None:
    text, type_, value, item, verdict, fields = case
    full = tables(
        "2019",
        t2__rules__made=13,
        t3__new__total=49,
        t3__results_total__total=49,
        t4__review__total=5,
    )
    full = T(full.template, full.values, unread=("t3.other_handling.total", "t4.review.upheld"))
    (rec,) = reconcile([FI(type_, value, text, item=item)], full, report_year=2020)
    assert (rec.verdict, rec.fields) == (verdict, fields), rec.reason


def test_a_received_count_equal_to_new_plus_carried_is_no_contradiction() -> None:
    # 全年共受理政府信息公开申请64件 with 62 new and 2 carried over: no cue says
    # whether the carried-over ones are in, and with them the count agrees.
    tbl = tables("2021", t3__new__total=62, t3__carried_in__total=2)
    (rec,) = reconcile([F("requests.received", 64, "共受理申请64件")], tbl, report_year=2020)
    assert rec.verdict == "consistent"
    assert rec.fields == ("t3.new.total", "t3.carried_in.total") and rec.table == 64
    (rec,) = reconcile([F("requests.received", 65, "共受理申请65件")], tbl, report_year=2020)
    assert rec.verdict == "inconsistent" and rec.fields == ("t3.new.total",)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # handled = closed + carried over to next year (SEED000: 65 + 3)
        pytest.param("全年共办理政府信息公开申请68件，其中办结65件。", "consistent", id="handled"),
        pytest.param("全年共處理政府信息公開申請68件。", "consistent", id="trad-handled"),
        # finished: the carried-over ones are not finished, the claim is accused
        pytest.param("全年共办结政府信息公开申请68件。", "inconsistent", id="finished"),
        pytest.param("全年共答复政府信息公开申请68件。", "inconsistent", id="answered"),
        # agreeing with neither sum: still an accusation
        pytest.param("全年共办理政府信息公开申请70件。", "inconsistent", id="neither"),
    ],
)
def test_applications_handled_may_include_those_carried_to_next_year(
    text: str, verdict: str
) -> None:
    value = int(text.split("申請" if "申請" in text else "申请")[1].split("件")[0])
    # the fact's phrase starts at its verb, as the extractor's do
    start, end = text.index("共") + 1, text.index("件") + 1
    fact = F("requests.closed", value, text[start:end], start=start, end=end)
    (rec,) = reconcile([fact], SEED000, report_year=2020, text=text)
    assert rec.verdict == verdict
    if verdict == "consistent":
        assert rec.fields == ("t3.results_total.total", "t3.carried_out.total")
        assert rec.table == 68


# --- a claim whose clause names another body or another period (red team meta9) ---

_OWN = {"province": "安徽省", "city": "宣城市", "county": "泾县"}


def _claim(text: str, phrase: str, value: int, fact_type: str = "requests.received") -> F:
    at = text.index(phrase)
    return F(fact_type, value, phrase, start=at, end=at + len(phrase), year=2022)


def _county_office_verdict(text: str, phrase: str, value: int) -> Reconciliation:
    """The verdict on one claim in 泾县人民政府办公室's 2022 report (14 applications)."""
    (rec,) = reconcile(
        [_claim(text, phrase, value)],
        tables("2021", t3__new__total=14),
        report_year=2022,
        text=text,
        agency="泾县人民政府办公室",
        region=_OWN,
    )
    return rec


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        pytest.param(
            "2022年,宣城市人民政府共受理政府信息公开申请300件。",
            "受理政府信息公开申请300件",
            300,
            id="upper-government",
        ),
        pytest.param(
            "上级宣城市人民政府全年收到申请15件。", "收到申请15件", 15, id="upper-relation"
        ),
        pytest.param(
            "委属单位县疾病预防控制中心收到申请3件。", "收到申请3件", 3, id="subordinate-unit"
        ),
        pytest.param("市政府全年收到申请1283件。", "收到申请1283件", 1283, id="city-government"),
        pytest.param(
            "2022年,宣城市共受理政府信息公开申请300件。",
            "受理政府信息公开申请300件",
            300,
            id="whole-city",
        ),
        pytest.param(
            "2022年1月至6月,我办受理政府信息公开申请5件;全年共受理14件。",
            "受理政府信息公开申请5件",
            5,
            id="half-year",
        ),
        pytest.param("第一季度,县政府办公室受理申请4件。", "受理申请4件", 4, id="quarter"),
        pytest.param("近三年共受理申请45件。", "受理申请45件", 45, id="three-years"),
        pytest.param("截至2022年6月底,我办收到申请4件。", "收到申请4件", 4, id="up-to-june"),
        pytest.param("各分局收到申请21件。", "收到申请21件", 21, id="each-branch"),
        pytest.param("城关派出所收到申请7件。", "收到申请7件", 7, id="a-police-station"),
        pytest.param("办机关共收到申请12件。", "收到申请12件", 12, id="the-office-organ"),
        pytest.param(
            "新修订的《条例》于2022年5月15日施行以来,我办受理政府信息公开申请5件。",
            "受理政府信息公开申请5件",
            5,
            id="since-a-day",
        ),
        pytest.param("自2022年6月起,我办收到申请4件。", "收到申请4件", 4, id="from-a-month"),
        pytest.param(
            "2022年6月1日起至12月31日,我办收到申请4件。", "收到申请4件", 4, id="day-to-year-end"
        ),
    ],
)
def test_another_body_or_period_is_no_accusation(text: str, phrase: str, value: int) -> None:
    # Each was `inconsistent` before: the facts stage read the count as the agency's.
    rec = _county_office_verdict(text, phrase, value)
    assert rec.verdict == "not_comparable", rec.reason


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("2022年,县政府办公室共收到政府信息公开申请30件。", id="own-short-name"),
        pytest.param("2022年,泾县人民政府办公室共收到政府信息公开申请30件。", id="own-full-name"),
        pytest.param("2022年1月至12月,我办共收到政府信息公开申请30件。", id="whole-year-range"),
        pytest.param("2022年,本机关共收到政府信息公开申请30件。", id="self-word"),
        pytest.param("截至2022年12月31日,我办共收到政府信息公开申请30件。", id="up-to-year-end"),
        pytest.param(
            "自2022年1月1日起至2022年12月31日,我办共收到政府信息公开申请30件。",
            id="from-the-first-day",
        ),
        pytest.param("2022年1月1日以来,我办共收到政府信息公开申请30件。", id="since-new-year"),
    ],
)
def test_the_agency_naming_itself_is_still_accused(text: str) -> None:
    rec = _county_office_verdict(text, "收到政府信息公开申请30件", 30)
    assert rec.verdict == "inconsistent", rec.reason


def test_another_body_agreeing_with_the_table_stays_consistent() -> None:
    text = "2022年,宣城市人民政府共受理政府信息公开申请14件。"
    fact = _claim(text, "受理政府信息公开申请14件", 14)
    (rec,) = reconcile(
        [fact], tables("2021", t3__new__total=14), report_year=2022, text=text, region=_OWN
    )
    assert rec.verdict == "consistent"


# --- claims that count other applications or cases than the table's (red team meta11) ---


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        pytest.param(
            "2022年,宣城市人民政府办公室收到申请40件,我办配合办理3件。",
            "办理3件",
            3,
            id="helped-another-body",
        ),
        pytest.param(
            "2022年,我办收到申请14件,约30件转由其他部门办理。",
            "30件",
            30,
            id="passed-to-another-body",
        ),
        pytest.param(
            "2022年,上级部门转来申请30件。", "申请30件", 30, id="passed-from-another-body"
        ),
    ],
)
def test_applications_helped_with_or_passed_on_are_no_accusation(
    text: str, phrase: str, value: int
) -> None:
    rec = _county_office_verdict(text, phrase, value)
    assert rec.verdict == "unverifiable", rec.reason


def _review_verdict(text: str, phrase: str, section: str) -> Reconciliation:
    at = text.index(phrase)
    fact = replace(
        F("appeals.review", 5, phrase, start=at, end=at + len(phrase), year=2022),
        section=section,
    )
    (rec,) = reconcile(
        [fact], tables("2021", t4__review__total=1), report_year=2022, text=text, region=_OWN
    )
    return rec


def test_reviews_of_the_agency_as_respondent_in_the_overview_are_no_accusation() -> None:
    text = "2022年,我局被申请行政复议5件,被提起行政诉讼2件。"
    rec = _review_verdict(text, "被申请行政复议5件", "overview")
    assert rec.verdict == "unverifiable", rec.reason
    assert "respondent" in rec.reason


@pytest.mark.parametrize(
    ("text", "section"),
    [
        pytest.param(
            "2022年,我局因政府信息公开被申请行政复议5件。", "overview", id="says-disclosure"
        ),
        pytest.param("2022年,我局被申请行政复议5件。", "appeals", id="appeals-section"),
    ],
)
def test_reviews_of_disclosure_as_respondent_are_still_accused(text: str, section: str) -> None:
    rec = _review_verdict(text, "被申请行政复议5件", section)
    assert rec.verdict == "inconsistent", rec.reason


def test_a_street_of_the_district_counting_is_another_body() -> None:
    text = "2022年,我办共收到申请14件。城关镇收到申请30件。"
    rec = _county_office_verdict(text, "收到申请30件", 30)
    assert rec.verdict == "not_comparable", rec.reason
    assert "城关镇" in rec.reason


@dataclass(frozen=True)
class _FB(F):
    """A fact that carries its breakdown, as the library's facts do."""

    breakdown: str | None = "channel:涉及政府信息公开"


@pytest.mark.parametrize(
    ("table", "verdict"), [pytest.param(1, "consistent"), pytest.param(3, "unverifiable")]
)
def test_the_disclosure_share_of_all_reviews_can_confirm_their_total(
    table: int, verdict: str
) -> None:
    text = "2022年,区政府共发生行政复议案件4件,其中涉及政府信息公开的1件。"
    phrase = "其中涉及政府信息公开的1件"
    at = text.index(phrase)
    fact = _FB("appeals.review", 1, phrase, start=at, end=at + len(phrase), year=2022)
    (rec,) = reconcile([fact], tables("2021", t4__review__total=table), report_year=2022, text=text)
    assert rec.verdict == verdict, rec.reason


# --- 2019-template reports (red team verdicts15) ---


def test_the_agency_named_by_its_role_as_respondent_is_no_accusation() -> None:
    # 作为被申请人 names the respondent once for the sentence: the suits after the ；
    # are the agency's cases of every kind too (here penalties), not disclosure ones.
    text = "2022年,我局作为被申请人的行政复议案件5件,均为行政处罚类案件;行政诉讼案件2件。"
    review = text.index("行政复议案件5件")
    suit = text.index("行政诉讼案件2件")
    facts = [
        replace(
            F("appeals.review", 5, "行政复议案件5件", start=review, end=review + 8),
            section="overview",
        ),
        replace(
            F("appeals.suit", 2, "行政诉讼案件2件", start=suit, end=suit + 8), section="overview"
        ),
    ]
    recs = reconcile(
        [replace(f, year=2022) for f in facts],
        tables(
            "2021",
            t4__review__total=0,
            t4__suit_direct__total=0,
            t4__suit_after_review__total=0,
        ),
        report_year=2022,
        text=text,
    )
    assert [r.verdict for r in recs] == ["unverifiable", "unverifiable"], [r.reason for r in recs]
    assert all("respondent" in r.reason for r in recs)


def _normative_verdict(text: str, phrase: str, value: int) -> Reconciliation:
    at = text.index(phrase)
    fact = F("proactive.normative", value, phrase, start=at, end=at + len(phrase), year=2022)
    (rec,) = reconcile([fact], tables("2019", t2__normative__made=4), report_year=2022, text=text)
    return rec


@pytest.mark.parametrize(
    ("text", "phrase", "value", "why"),
    [
        pytest.param(
            "2022年,我局另有1件规范性文件因涉及内部管理事项未予公开。",
            "1件规范性文件",
            1,
            "not disclosed",
            id="not-disclosed",
        ),
        pytest.param(
            "2022年,我局制发规范性文件4件,另有规范性文件2件正在制定。",
            "规范性文件2件",
            2,
            "beside",
            id="another-beside",
        ),
    ],
)
def test_documents_not_disclosed_or_beside_the_count_are_no_accusation(
    text: str, phrase: str, value: int, why: str
) -> None:
    rec = _normative_verdict(text, phrase, value)
    assert rec.verdict == "unverifiable", rec.reason
    assert why in rec.reason


def test_documents_issued_are_still_accused() -> None:
    rec = _normative_verdict("2022年,我局制发规范性文件6件。", "规范性文件6件", 6)
    assert rec.verdict == "inconsistent", rec.reason


@dataclass(frozen=True)
class _FQ(F):
    """A fact with its quantity's own offsets and a breakdown, as the library's facts."""

    breakdown: str | None = None
    quantity_start: int = 0
    quantity_end: int = 0


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        pytest.param("3件申请中予以公开2件,无法提供1件。", "unverifiable", id="names-the-set"),
        pytest.param("予以公开3件,无法提供1件。", "inconsistent", id="the-part-itself"),
    ],
)
def test_a_count_naming_the_set_of_its_parts_is_not_that_part(text: str, verdict: str) -> None:
    # 3件申请中予以公开2件: the facts stage read 3 as 予以公开 (its next words); the
    # 3 is the set the parts are counted among.
    at = text.index("3件")
    fact = _FQ(
        "requests.closed",
        3,
        "3件",
        start=at,
        end=at + 2,
        year=2022,
        section="requests",
        breakdown="t3.granted.total",
        quantity_start=at,
        quantity_end=at + 2,
    )
    (rec,) = reconcile([fact], tables("2019", t3__granted__total=2), report_year=2022, text=text)
    assert rec.verdict == verdict, rec.reason


# --- the word lists as data (data/reconcile.json) ---


def test_every_word_list_says_why_and_is_what_the_module_uses() -> None:
    from govinfo_nlp import reconcile as r
    from govinfo_nlp.datafiles import load_json

    data = load_json("data/reconcile.json")
    assert all(entry["why"].strip() for entry in data["lists"].values())
    assert tuple(data["lists"]["received_with_carry"]["words"]) == r.RECEIVED_WITH_CARRY_CUES
    assert r.EXAMPLE.pattern == "|".join(data["lists"]["example"]["patterns"])
    assert r.COUNTERPARTS["appeals.suit"]["2019"] == (
        ("t4.suit_direct.total", "t4.suit_after_review.total"),
    )
    assert r.LEVEL_CHARS == "省市县区州旗盟" and r.INVOLVES == "涉及"


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        pytest.param({"words": ["办结"]}, "lists.bad: no 'why'", id="no-why"),
        pytest.param({"why": "x", "words": []}, "non-empty", id="empty"),
        pytest.param({"why": "x", "patterns": ["(?:"]}, "lists.bad[0]", id="bad-pattern"),
        pytest.param({"why": "x", "words": ["a"], "patterns": ["b"]}, "exactly one", id="two"),
    ],
)
def test_a_bad_word_list_is_reported_by_its_name(
    monkeypatch: pytest.MonkeyPatch, entry: dict[str, Any], message: str
) -> None:
    from govinfo_nlp.datafiles import load_json
    from govinfo_nlp.reconcile import words as r

    good = load_json("data/reconcile.json")
    good["lists"]["bad"] = entry
    monkeypatch.setattr(r, "load_json", lambda _name: good)
    with pytest.raises(ValueError, match=re.escape(message)):
        r._load_lists()


@pytest.mark.parametrize(
    ("text", "phrase", "subject", "verdict"),
    [
        pytest.param(
            "2022年,我办办理依申请公开以外的政策咨询答复230件。",
            "依申请公开以外的政策咨询答复230件",
            "依申请公开以外的政策咨询答复",
            "unverifiable",
            id="other-than-applications",
        ),
        pytest.param(
            "2022年,我办答复群众咨询120件。",
            "答复群众咨询120件",
            "群众咨询",
            "unverifiable",
            id="consultations",
        ),
        pytest.param(
            "2022年,我办答复政府信息公开申请30件。",
            "答复政府信息公开申请30件",
            "政府信息公开申请",
            "inconsistent",
            id="applications",
        ),
    ],
)
def test_consultations_answered_are_not_applications(
    text: str, phrase: str, subject: str, verdict: str
) -> None:
    at = text.index(phrase)
    fact = F(
        "requests.closed",
        int("".join(c for c in phrase if c.isdigit())),
        phrase,
        start=at,
        end=at + len(phrase),
        year=2022,
        subject=subject,
    )
    (rec,) = reconcile(
        [fact], tables("2021", t3__results_total__total=14), report_year=2022, text=text
    )
    assert rec.verdict == verdict, rec.reason


@pytest.mark.parametrize(("table", "verdict"), [(18, "consistent"), (17, "unverifiable")])
def test_the_part_finished_of_applications_handled_can_confirm_the_results_total(
    table: int, verdict: str
) -> None:
    text = "2022年,我办共办理政府信息公开申请20件,其中办结18件,2件结转下年度办理。"
    phrase = "其中办结18件"
    at = text.index(phrase)
    fact = _FB(
        "requests.closed",
        18,
        phrase,
        start=at,
        end=at + len(phrase),
        year=2022,
        breakdown="channel:办结",
    )
    (rec,) = reconcile(
        [fact], tables("2021", t3__results_total__total=table), report_year=2022, text=text
    )
    assert rec.verdict == verdict, rec.reason
    assert rec.fields == ("t3.results_total.total",)
