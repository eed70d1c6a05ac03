"""The Chinese numeral words are data (quantities/numerals.json; session 24, facts24).

They were dicts in numerals.py (CN_DIGITS, CN_UNITS, CN_MAGNITUDES). The tests show
that the file's words are what the code reads (an edited file changes what is
read), that a broken entry is an error naming the file, and that the shipped file
holds exactly the words and values the code held.
"""

from __future__ import annotations

from typing import Any

import pytest

from govinfo_nlp.errors import RuleFileError
from govinfo_nlp.quantities import numerals
from govinfo_nlp.quantities.numerals import parse_number

# what numerals.py held before the move (the file must read the same)
_WAS = {
    "digits": {
        "〇": 0, "零": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3,
        "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8,
        "捌": 8, "九": 9, "玖": 9,
    },
    "units": {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000},
    "magnitudes": {"万": 10_000, "亿": 100_000_000},
}  # fmt: skip


def test_the_shipped_file_holds_the_words_the_code_held() -> None:
    assert dict(numerals.CN_DIGITS) == _WAS["digits"]
    assert list(numerals.CN_DIGITS) == list(_WAS["digits"])  # the tokenizer's class order
    assert dict(numerals.CN_UNITS) == _WAS["units"]
    assert dict(numerals.CN_MAGNITUDES) == _WAS["magnitudes"]
    assert parse_number("壹佰零伍") == 105 and parse_number("两万") == 20000


def test_the_words_are_read_only() -> None:
    with pytest.raises(TypeError):
        numerals.CN_DIGITS["卅"] = 30  # type: ignore[index]


def _read_edited(monkeypatch: pytest.MonkeyPatch, edit: Any) -> dict[str, Any]:
    real = numerals.load_json

    def load_json(asked: str) -> Any:
        raw = real(asked)
        if asked == "quantities/numerals.json":
            edit(raw)
        return raw

    monkeypatch.setattr(numerals, "load_json", load_json)
    return numerals._numeral_words()


def test_the_words_come_from_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    def edit(raw: dict[str, Any]) -> None:
        raw["digits"]["幺"] = 1
        del raw["units"]["拾"]

    words = _read_edited(monkeypatch, edit)
    assert words["digits"]["幺"] == 1 and "拾" not in words["units"]


@pytest.mark.parametrize(
    ("edit", "named"),
    [
        (lambda raw: raw["digits"].update({"十一": 11}), "numerals.json:digits:'十一'"),
        (lambda raw: raw["units"].update({"廿": "20"}), "numerals.json:units:'廿'"),
        (lambda raw: raw.pop("magnitudes"), "numerals.json:magnitudes"),
    ],
)
def test_a_broken_entry_names_the_file(
    monkeypatch: pytest.MonkeyPatch, edit: Any, named: str
) -> None:
    with pytest.raises(RuleFileError, match=named):
        _read_edited(monkeypatch, edit)
