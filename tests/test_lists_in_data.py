"""Word lists that moved from code to data files (session 17, lists17).

Each test shows that the data file's words are what the code reads (change the
words in a patched loader: the behaviour changes) and that a broken entry is an
error naming the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from govinfo_nlp.errors import GovinfoError
from govinfo_nlp.facts import rules as fact_rules
from govinfo_nlp.facts import subjects


def _subject(text: str, quantity: str) -> str | None:
    start = text.index(quantity)
    return subjects.subject_of(text, 0, start, start + len(quantity), len(text), None)[0]


@pytest.fixture
def fresh_subject_words() -> Iterator[None]:
    subjects._subject_words.cache_clear()
    yield
    subjects._subject_words.cache_clear()


def _patched_word_lists(monkeypatch: pytest.MonkeyPatch, edit: Any) -> None:
    real = fact_rules.load_json

    def load_json(name: str) -> Any:
        raw = real(name)
        if name == "facts/data/wordlists.json":
            edit(raw)
        return raw

    monkeypatch.setattr(fact_rules, "load_json", load_json)


def test_subject_words_come_from_wordlists_json(
    monkeypatch: pytest.MonkeyPatch, fresh_subject_words: None
) -> None:
    assert _subject("全年受理申请共计12件", "12件") == "受理申请"
    assert _subject("组织12场培训", "12场") == "培训"

    def edit(raw: dict[str, Any]) -> None:
        raw["subject_trim_start"]["words"].remove("全年")
        raw["subject_trim_end"]["words"].remove("共计")
        raw["verb_before_count"]["words"].remove("组织")

    _patched_word_lists(monkeypatch, edit)
    subjects._subject_words.cache_clear()
    # 共计 is still cut as 共 then 计 (both listed), 全年 stays
    assert _subject("全年受理申请共计12件", "12件") == "全年受理申请"
    assert _subject("组织12场培训", "12场") == "组织"


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        pytest.param(
            lambda raw: raw.pop("verb_before_count"),
            r"wordlists\.json: missing the word list\(s\) \['verb_before_count'\]",
            id="missing",
        ),
        pytest.param(
            lambda raw: raw["subject_trim_end"].update(words="共计"),
            r"wordlists\.json:subject_trim_end: needs 'words'",
            id="not-a-list",
        ),
        pytest.param(
            lambda raw: raw["subject_trim_start"].pop("why"),
            r"wordlists\.json:subject_trim_start: needs 'words' \(non-empty strings\) and a 'why'",
            id="no-why",
        ),
    ],
)
def test_a_broken_subject_list_names_the_file(
    monkeypatch: pytest.MonkeyPatch, fresh_subject_words: None, edit: Any, message: str
) -> None:
    _patched_word_lists(monkeypatch, edit)
    with pytest.raises(GovinfoError, match=message):
        _subject("全年受理申请12件", "12件")
