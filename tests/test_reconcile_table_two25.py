"""Table 二's numbers written in prose (session 25, facts25; issue 15): compared only where the
claim is like-for-like and certain (reconcile.json ``table_two_prose``).

A count typed `other` whose whole clause is the row's words and its count — 废止行政规范性文件1件
(the 2021 template's repealed column; the 2019 template has none), 作出行政许可决定1520件,
作出行政处罚决定86件, 行政强制决定4件 (the decisions column) — is compared with its cell. Another
verb, the area, a running total, another year, a catalogue's items or cases are not, or never
accused (probes in datasets/redteam/facts25, written blind).
"""

from __future__ import annotations

import pytest
from test_reconcile import tables
from test_reconcile_leftovers25 import GOV, verdict

from govinfo_nlp.reconcile import reconcile
from govinfo_nlp.reconcile.fields import table_two_field

T2 = {
    "t2__normative__issued": 3,
    "t2__normative__in_force": 25,
    "t2__rules__issued": 0,
    "t2__rules__repealed": 0,
}

COMPARED = [
    ("本年度废止行政规范性文件1件。", "1件", "t2__normative__repealed", 1, 2),
    ("2023年，废止规范性文件1件。", "1件", "t2__normative__repealed", 1, 2),
    ("全年作出行政许可决定1520件。", "1520件", "t2__license__decisions", 1520, 1500),
    ("全年作出行政处罚决定86件。", "86件", "t2__penalty__decisions", 86, 80),
    ("全年共作出行政强制决定4件。", "4件", "t2__coercion__decisions", 4, 5),
]


@pytest.mark.parametrize(
    ("body", "quantity", "field", "agree", "disagree"), COMPARED, ids=[c[2] for c in COMPARED]
)
def test_a_table_two_row_in_prose_is_compared(
    body: str, quantity: str, field: str, agree: int, disagree: int
) -> None:
    assert verdict(GOV, body, quantity, **{**T2, field: agree}) == "consistent"
    assert verdict(GOV, body, quantity, **{**T2, field: disagree}) == "inconsistent"


NOT_CERTAIN = [
    ("全年办理行政许可事项1520件。", "1520件", "t2__license__decisions", 1500),
    ("全年查处行政处罚案件86起。", "86起", "t2__penalty__decisions", 80),
    ("全县各部门共作出行政许可决定1520件。", "1520件", "t2__license__decisions", 1500),
    ("公布行政许可事项目录1520项。", "1520项", "t2__license__decisions", 1500),
    ("累计废止行政规范性文件1件。", "1件", "t2__normative__repealed", 2),
    ("2022年废止行政规范性文件1件。", "1件", "t2__normative__repealed", 2),
    ("依法撤销行政许可决定2件。", "2件", "t2__license__decisions", 5),
    ("截至年底，现行有效的行政规范性文件25件。", "25件", "t2__normative__in_force", 30),
]


@pytest.mark.parametrize(
    ("body", "quantity", "field", "cell"), NOT_CERTAIN, ids=[c[0][:8] for c in NOT_CERTAIN]
)
def test_what_is_not_like_for_like_is_never_accused(
    body: str, quantity: str, field: str, cell: int
) -> None:
    assert verdict(GOV, body, quantity, **{**T2, field: cell}) != "inconsistent"


def test_the_2019_template_has_no_repealed_column() -> None:
    from govinfo_nlp.facts import Fact

    fact = Fact(
        type="other", value=1, unit="件", approx=None, scope="self", year=2023,
        section="proactive", subject="规范性文件", start=0, end=11, quantity_start=9,
        quantity_end=11, text="废止行政规范性文件1件", method="rule", rule=None, model=None,
        confidence=0.9,
    )  # fmt: skip
    assert table_two_field(fact, "2021") == "t2.normative.repealed"
    assert table_two_field(fact, "2019") is None
    assert table_two_field(fact, None) is None  # the templates do not agree
    assert reconcile([fact], tables("2019"), report_year=2023) == ()


def test_the_agency_opening_the_clause_is_the_agency() -> None:
    # verdicts14 v27: 2020年，我局作出行政处罚决定218件，行政许可决定1460件 (218件 is typed
    # proactive.items by the facts stage: no table 二 reading of its own)
    body = "本局全年作出行政许可决定1460件。"
    assert verdict(GOV, body, "1460件", **{**T2, "t2__license__decisions": 1460}) == "consistent"
    assert verdict(GOV, body, "1460件", **{**T2, "t2__license__decisions": 1400}) == "inconsistent"
