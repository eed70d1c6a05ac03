"""A verb reaches only its own part of an enumeration (session 27, facts27; red26's
probe 转下年度办理1件、当面申请3件, older than session 26).

A list after a total mixes parts of different kinds: channels of the applications
received (网上申请9件), applications closed (已办结8件), carried over (转下年度办理1件).
Two readings let one part's words reach the next part:

- the closed rule's verb (办理, 办结) written right before a count of its own, with a
  list mark after that count (办理1件、), was taken by the next part as its verb
  (当面申请3件 read ``requests.closed``);
- a part typed by its own verb (已办结4件) passed that type to the channel after it as
  if it were the list's total.

A verb followed by a noun still heads a list and governs each item (办结网上申请12件、
信函申请3件), and a total's parts announced by 其中 still take the total's verb
(办结19件，其中网上申请12件). Checked over every order of the parts and every mark
between them, with the rules alone and with the shipped model.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_facts import Sec

from govinfo_nlp.facts import FactExtractor, extract_facts
from govinfo_nlp.normalize import normalize

MODES = ("rules", "model")
RECEIVED, CLOSED, OTHER = "requests.received", "requests.closed", "other"

# (the part with {} for its count, its type) inside a list of applications received
PARTS = [
    ("网上申请{}件", RECEIVED),
    ("当面申请{}件", RECEIVED),
    ("信函申请{}件", RECEIVED),
    ("转下年度办理{}件", OTHER),
    ("结转下年度办理{}件", OTHER),
    ("已办结{}件", CLOSED),
]
HEADS = [
    "全年收到政府信息公开申请{}件，其中",
    "本年度共受理政府信息公开申请{}件，其中",
    "2022年，本机关新收政府信息公开申请{}件。其中",
]


@lru_cache(maxsize=2)
def _extractor(mode: str) -> FactExtractor:
    return FactExtractor(model=None) if mode == "rules" else FactExtractor()


def _types(text: str, spans: list[str], mode: str) -> list[str | None]:
    """The type of the fact whose quantity is each of ``spans`` (None: no fact)."""
    norm = normalize(text)
    facts = extract_facts(
        norm, (Sec("overview", 0, len(norm.text)),), report_year=2022, extractor=_extractor(mode)
    )
    out: list[str | None] = []
    for span in spans:
        at = [m.start() for m in re.finditer(f"(?<![0-9.]){re.escape(span)}", text)][-1]
        found = [f for f in facts if f.quantity_start == at and f.quantity_end == at + len(span)]
        out.append(found[0].type if found else None)
    return out


@settings(max_examples=60, deadline=None)
@given(
    order=st.permutations(range(len(PARTS))),
    k=st.integers(min_value=2, max_value=4),
    sep=st.sampled_from(["、", "，", "；"]),
    head=st.sampled_from(HEADS),
    mode=st.sampled_from(MODES),
)
def test_each_part_keeps_its_own_kind(
    order: list[int], k: int, sep: str, head: str, mode: str
) -> None:
    chosen = [PARTS[i] for i in order[:k]]
    counts = [f"{3 + n}件" for n in range(k)]
    body = sep.join(words.format(3 + n) for n, (words, _) in enumerate(chosen))
    text = head.format(40) + body + "。"
    assert _types(text, counts, mode) == [kind for _, kind in chosen], text


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "text, spans, kinds",
    [
        # red26's probe
        (
            "全年收到政府信息公开申请12件，其中网上申请9件、转下年度办理1件、当面申请3件。",
            ["12件", "9件", "1件", "3件"],
            [RECEIVED, RECEIVED, OTHER, RECEIVED],
        ),
        (
            "2022年，本机关共收到政府信息公开申请20件，办结19件，转下年度办理1件、当面申请3件。",
            ["20件", "19件", "1件", "3件"],
            [RECEIVED, CLOSED, OTHER, RECEIVED],
        ),
        # a verb followed by its noun heads the list: each item is closed
        ("2022年，本机关办结网上申请12件、信函申请3件。", ["12件", "3件"], [CLOSED, CLOSED]),
        ("2022年，本机关答复网上申请12件，信函申请3件。", ["12件", "3件"], [CLOSED, CLOSED]),
        # a total's parts announced by 其中 take the total's verb
        (
            "2022年，本机关办结19件，其中网上申请12件、当面申请7件。",
            ["19件", "12件", "7件"],
            [CLOSED, CLOSED, CLOSED],
        ),
        (
            "2022年，本机关共办结政府信息公开申请19件，其中网上申请12件、当面申请7件。",
            ["19件", "12件", "7件"],
            [CLOSED, CLOSED, CLOSED],
        ),
        # an outcome inside a received list is closed, and the channel after it received
        (
            "本年度区政府收到政府信息公开申请29件，其中网上申请21件、予以公开12件、信函申请8件。",
            ["29件", "21件", "12件", "8件"],
            [RECEIVED, RECEIVED, CLOSED, RECEIVED],
        ),
        # 办理 in a name of whose the applications are is no handling
        (
            "区政府办公室全年受理以区政府名义办理的政府信息公开申请23件，办结22件。",
            ["23件", "22件"],
            [RECEIVED, CLOSED],
        ),
        (
            "本年度本局共办理政府信息公开申请7件，包括网上申请4件，当面申请2件，信函申请1件。",
            ["7件", "4件", "2件", "1件"],
            [CLOSED, CLOSED, CLOSED, CLOSED],
        ),
    ],
)
def test_a_verb_reaches_its_list_not_a_sibling(
    text: str, spans: list[str], kinds: list[str], mode: str
) -> None:
    assert _types(text, spans, mode) == kinds
