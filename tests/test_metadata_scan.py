"""Metadata's fast scans give what the plain patterns they replace give."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_nlp.metadata import _area_names

# The definition _area_names implements without trying every position.
AREA_NAME = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:省|自治区|市|州|盟|地区)")

PIECES = st.sampled_from(
    [
        *"省自治区市州盟地中华杭浙江 a,，。\n",
        "自治区",
        "地区",
        "杭州市",
        "新疆维吾尔自治区",
        "阿里地区",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
def test_area_names_are_the_patterns_matches(text: str) -> None:
    assert list(_area_names(text)) == [m.group() for m in AREA_NAME.finditer(text)]


def test_area_names_in_prose() -> None:
    # a line break right before the area word: not part of a name ($ would match before it)
    for text in ("浙江省杭州市余杭区人民政府，西藏自治区阿里地区", "a 和华\n盟", "和华\n\n盟市"):
        assert list(_area_names(text)) == [m.group() for m in AREA_NAME.finditer(text)]
    assert "浙江省" in _area_names("浙江省杭州市")
