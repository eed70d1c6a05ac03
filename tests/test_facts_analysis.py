"""Candidate analysis: what the enumeration a quantity stands in says about it.

A breakdown item that only a generic rule claims weakly takes the type of the
total it breaks down, at a discount; one its own rule claims firmly keeps it.
"""

from __future__ import annotations

import pytest

from govinfo_nlp.engine import Engine
from govinfo_nlp.facts.analysis import Candidate
from govinfo_nlp.facts.pipeline import prepare
from govinfo_nlp.facts.segments import table_lines


@pytest.fixture(scope="module")
def candidates() -> dict[str, list[Candidate]]:
    extractor = Engine().extractor
    texts = {
        "weak": "本年度共收到政府信息公开申请120件，其中，涉及财政信息的30件、涉及规划信息的90件。",
        "firm": "本年度共收到政府信息公开申请120件，其中，自然人提出申请100件，法人或其他组织提出申请20件。",
    }
    out = {}
    for name, sentence in texts.items():
        norm, sections = prepare("一、总体情况\n" + sentence + "\n")
        out[name] = extractor.candidates(norm.text, sections, report_year=2022)
    return out


def _by_text(cands: list[Candidate]) -> dict[str, Candidate]:
    return {c.qty.text: c for c in cands}


def test_a_weakly_claimed_item_inherits_the_type_before_it(
    candidates: dict[str, list[Candidate]],
) -> None:
    cands = candidates["weak"]
    item, before = _by_text(cands)["90件"], _by_text(cands)["30件"]
    # its own best rule is the generic noun rule, below the threshold
    assert item.matches[0].rule.id == "proactive.items.noun"
    assert item.matches[0].score < 0.7
    assert item.inherited_from == cands.index(before)
    assert item.rule_type == before.rule_type == "requests.received"
    assert item.best is not None and before.best is not None
    assert item.best.score == pytest.approx(before.best.score * 0.92, abs=1e-4)
    assert item.best.score < before.best.score


def test_a_firmly_claimed_item_keeps_its_own_rule(
    candidates: dict[str, list[Candidate]],
) -> None:
    for text in ("100件", "20件"):
        item = _by_text(candidates["firm"])[text]
        assert item.inherited_from is None
        assert item.best is not None and item.best.rule.id == "requests.received"


# --- where facts can be: table lines are left out ----------------------------------


def _table_line_texts(text: str) -> list[str]:
    return [text[s:e] for s, e in table_lines(text, 0, len(text))]


@pytest.mark.parametrize(
    ("lines", "table"),
    [
        pytest.param(["本年收到申请|5|3"], ["本年收到申请|5|3"], id="two-pipes-is-a-row"),
        pytest.param(["收到申请共5件|其中3件"], [], id="one-pipe-in-prose-is-not"),
        pytest.param(["12 0 3 4"], ["12 0 3 4"], id="bare-numbers"),
        pytest.param(["申请人情况|"], ["申请人情况|"], id="short-line-ending-in-a-pipe"),
        # "short" is at most 20 characters
        pytest.param(["申" * 19 + "|"], ["申" * 19 + "|"], id="20-chars-ending-in-a-pipe"),
        pytest.param(["申" * 20 + "|"], [], id="21-chars-ending-in-a-pipe"),
        pytest.param(["全年共受理申请5件。"], [], id="a-sentence"),
    ],
)
def test_table_lines_alone(lines: list[str], table: list[str]) -> None:
    assert _table_line_texts("\n".join(lines)) == table


def test_a_tabular_section_takes_its_short_cells_too() -> None:
    rows = ["a|1|2", "b|3|4", "c|5|6"]
    cells = ["新收政府信息公开申请数量", "本机关全年共受理申请5件，均已办结。"]
    # three hard rows make the section tabular: short lines without sentence marks are cells
    assert _table_line_texts("\n".join(rows + cells)) == [*rows, cells[0]]
    # two are not enough
    assert _table_line_texts("\n".join(rows[:2] + cells)) == rows[:2]
