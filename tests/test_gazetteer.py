"""The gazetteer's longest-name look-up, against the plain definition."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_nlp.gazetteer import Division, gazetteer

GAZ = gazetteer()
NAMES = sorted(GAZ.by_name)
SHORTS = sorted(GAZ.by_short)


def _longest(table: dict[str, list[Division]], text: str, pos: int) -> tuple[int, list[Division]]:
    """Every length from the longest name down to 2, as the definition says."""
    longest = max(map(len, table))
    for size in range(min(longest, len(text) - pos), 1, -1):
        if table.get(text[pos : pos + size]):
            return size, table[text[pos : pos + size]]
    return 0, []


PIECES = st.one_of(
    st.sampled_from(NAMES),
    st.sampled_from(SHORTS),
    st.sampled_from(NAMES).map(lambda n: n[:-1]),
    st.sampled_from(["人民政府", "财政局", "市", "区", "县", "省", "自治", "新区", "", "a"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, min_size=1, max_size=6).map("".join), st.booleans())
def test_match_at_is_the_longest_listed_name(text: str, short: bool) -> None:
    table = GAZ.by_short if short else GAZ.by_name
    for pos in range(len(text) + 1):
        assert GAZ.match_at(text, pos, short=short) == _longest(table, text, pos)


def test_known_names() -> None:
    assert GAZ.match_at("杭州市余杭区卫生健康局", 0)[0] == 3
    assert GAZ.match_at("杭州市余杭区卫生健康局", 3)[0] == 3
    assert GAZ.match_at("威海市文登", 3, short=True)[0] == 2
    assert GAZ.match_at("卫生健康局", 0) == (0, [])
