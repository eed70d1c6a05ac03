"""A list of two unlike counts (session 24, facts24; issue 15, session 22's note).

办结申请12件，有误差的信息3条 read the 3条 as closed applications: the verb and its object
before 12件 reached over the clause mark that closed that count. A count whose own clause
names a noun another rule types (信息…) takes that reading; a part named with the verb's own
object (其中网上申请5件, 网上政府信息公开申请件22件) or an outcome (予以公开3件) keeps the
total's type, as before; so does a clause that names the rule's verb again (办理…工单).
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from govinfo_nlp import parse

HEAD = "某县人民政府办公室2023年政府信息公开工作年度报告\n一、总体情况\n"
VERBS = {"办结": "requests.closed", "答复": "requests.closed", "受理": "requests.received"}


def types(body: str) -> dict[str, str]:
    text = HEAD + body
    return {text[f.quantity_start : f.quantity_end]: f.type for f in parse(text).facts}


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(sorted(VERBS)),
    st.sampled_from(("有误差的信息", "涉及信息", "更正信息", "主动公开信息")),
    st.integers(2, 9),
)
@example("办结", "有误差的信息", 3)
def test_a_count_of_its_own_noun_after_a_closed_count_is_not_the_verbs(
    verb: str, noun: str, value: int
) -> None:
    got = types(f"全年{verb}申请12件，{noun}{value}条。")
    assert got["12件"] == VERBS[verb]
    assert got[f"{value}条"] not in ("requests.closed", "requests.received")


@pytest.mark.parametrize(
    ("body", "count", "kind"),
    [
        ("全年共受理申请12件，其中网上申请5件。", "5件", "requests.received"),
        ("全年办结申请12件，其中予以公开3件。", "3件", "requests.closed"),
        ("全年办结申请23件，其中网上政府信息公开申请件22件。", "22件", "requests.closed"),
        ("全年受理申请31件，办结30件。", "30件", "requests.closed"),
        # the clause names the rule's verb again (written2 v110: C4, a hotline's cases are
        # other; the first draft read 投诉 there as responses)
        (
            "96303供水服务热线全年受理来电28.6万个,办理报修、投诉等工单4.1万件,满意率98.7%。",
            "4.1万件",
            "other",
        ),
    ],
)
def test_parts_in_the_verbs_own_words_keep_its_type(body: str, count: str, kind: str) -> None:
    assert types(body)[count] == kind
