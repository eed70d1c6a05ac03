"""Real-prose leftovers of session 25 (facts25, issue 15), each a table of cases.

Probes in datasets/redteam/facts25 (written blind; first reading in its README):
- a count of information a check found wrong, outdated or garbled (有误差的信息3条, 错误信息4条,
  7条错别字信息) is `other`, not proactive.items: it is no item published (cues.json flawed);
- a citizen applying as a person (市民个人申请21件, 公民个人, 个人申请) is the 自然人 column
  (breakdowns.json applicants), where 个人 of what is asked for (个人信息, 个人隐私) is not.
"""

from __future__ import annotations

import pytest

from govinfo_nlp import parse

OFFICE = "某县人民政府办公室2023年政府信息公开工作年度报告\n一、总体情况\n"


def reading(body: str, quantity: str) -> tuple[str, str | None, str] | None:
    """(type, breakdown, scope) of the fact at the last ``quantity`` of the page holding ``body``."""
    page = OFFICE + body + "\n"
    at = page.rindex(quantity)
    f = next((f for f in parse(page).facts if f.quantity_start <= at < f.quantity_end), None)
    return None if f is None else (f.type, f.breakdown, f.scope)


FLAWED = [
    ("办结申请12件，有误差的信息3条已及时更正。", "3条"),
    ("全年发布政府信息856条，经自查发现有误差的信息3条，均已整改。", "3条"),
    ("网站全年发布信息1320条，其中有误差的信息2条，已全部更正。", "2条"),
    ("开展网站自查，发现错误信息4条、过期信息11条，均已整改到位。", "4条"),
    ("开展网站自查，发现错误信息4条、过期信息11条，均已整改到位。", "11条"),
    ("全年更正有误信息5条。", "5条"),
    ("对检查发现的7条错别字信息及时进行了修改。", "7条"),
    ("清理失效内容23条。", "23条"),
]


@pytest.mark.parametrize(("body", "quantity"), FLAWED, ids=[f"{b[:10]}-{q}" for b, q in FLAWED])
def test_information_found_wrong_is_no_item_published(body: str, quantity: str) -> None:
    got = reading(body, quantity)
    assert got is not None and got[0] == "other"


PUBLISHED = [
    ("全年发布政府信息856条，经自查发现有误差的信息3条，均已整改。", "856条", "proactive.items"),
    ("主动公开政府信息620条，未发现有误差的信息。", "620条", "proactive.items"),
    ("网站全年发布信息1320条，其中有误差的信息2条，已全部更正。", "1320条", "proactive.items"),
    ("办结申请12件，有误差的信息3条已及时更正。", "12件", "requests.closed"),
    # a published item about errors is still one (a correction notice: the words before it
    # name no error of the information counted)
    ("发布更正声明2条。", "2条", "proactive.items"),
]


@pytest.mark.parametrize(("body", "quantity", "type_"), PUBLISHED, ids=[p[1] for p in PUBLISHED])
def test_counts_beside_them_keep_their_type(body: str, quantity: str, type_: str) -> None:
    got = reading(body, quantity)
    assert got is not None and got[0] == type_


PERSONS = [
    (
        "全年共收到政府信息公开申请26件，其中市民个人申请21件，企业申请5件。",
        "21件",
        "requests.received",
        "t3.new.natural",
    ),
    (
        "全年共收到政府信息公开申请26件，其中市民个人申请21件，企业申请5件。",
        "5件",
        "requests.received",
        "t3.new.commercial",
    ),
    ("本年度受理公民个人申请8件。", "8件", "requests.received", "t3.new.natural"),
    (
        "收到群众个人申请15件、法人或其他组织申请3件。",
        "15件",
        "requests.received",
        "t3.new.natural",
    ),
    (
        "共收到政府信息公开申请40件，其中个人申请36件。",
        "36件",
        "requests.received",
        "t3.new.natural",
    ),
    ("全年收到居民个人提出的政府信息公开申请9件。", "9件", "requests.received", "t3.new.natural"),
    ("全年办结市民个人申请12件。", "12件", "requests.closed", "t3.results_total.natural"),
    # 个人 of what is asked for names no applicant
    ("全年收到政府信息公开申请10件，主要涉及个人信息查询。", "10件", "requests.received", None),
    ("共收到政府信息公开申请14件，其中涉及个人隐私的申请3件。", "14件", "requests.received", None),
]


@pytest.mark.parametrize(
    ("body", "quantity", "type_", "breakdown"), PERSONS, ids=[f"{p[0][:8]}-{p[1]}" for p in PERSONS]
)
def test_a_citizen_applying_as_a_person_is_a_natural_person(
    body: str, quantity: str, type_: str, breakdown: str | None
) -> None:
    assert reading(body, quantity) == (type_, breakdown, "self")


def test_a_person_word_with_an_organisation_is_every_applicant() -> None:
    # two kinds of applicant named together: the total, no one column
    assert reading("共收到法人或其他组织和个人申请30件。", "30件") == (
        "requests.received",
        None,
        "self",
    )
