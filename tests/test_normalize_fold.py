"""normalize's folding by str.replace gives what translate() with the fold table gives."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from govinfo_nlp.normalize import _FOLD, _fold

FOLDABLE = "".join(map(chr, _FOLD))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from([*FOLDABLE, *"a1 \n\r，。中（）：,"]), max_size=40))
@example("规范性文件（１２）：\r\u3000ａ")
def test_fold_is_the_tables_translation(text: str) -> None:
    assert _fold(text) == text.translate(_FOLD)
