"""The tables stage's caches of cells and lines keep short texts only: a hostile
line of megabytes is worked out where it is read and kept by none of them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_nlp.tables import grid, headers, templates, values
from govinfo_nlp.tables.headers import CTX_T3_AFTER_OH
from govinfo_nlp.textcache import PerDocument, text_cache

CACHES = {
    "compact": templates.compact,
    "clean_label": templates.clean_label,
    "cell_info": headers.cell_info,
    "is_stop": headers.is_stop,
    "t4_header_line": headers.t4_header_line,
    "parse_cell": values.parse_cell,
    "is_value_token": values.is_value_token,
    "_html_cell": grid._html_cell,
    "row_matcher": templates.row_matcher(CTX_T3_AFTER_OH),
}

LONG_TEXTS = [
    "1234567890" * 30,  # a corrupted export's line of digits
    "本年新收政府信息公开申请数量" * 20,
    "行政复议 行政诉讼 维持 纠正 " * 20,
    " ".join(["12"] * 100),
]


def test_text_cache_keeps_short_texts_and_answers_long_ones() -> None:
    calls: list[str] = []

    @text_cache(maxsize=8, longest=5)
    def shout(text: str) -> str:
        calls.append(text)
        return text.upper()

    assert shout("abc") == shout("abc") == "ABC"
    assert calls == ["abc"]  # the second answer came from the cache
    assert shout("abcdef") == shout("abcdef") == "ABCDEF"
    assert calls == ["abc", "abcdef", "abcdef"]  # worked out each time
    assert shout.cache_info().currsize == 1
    shout.cache_clear()
    assert shout.cache_info().currsize == 0


@pytest.mark.parametrize("name", sorted(CACHES))
def test_a_long_text_is_not_kept(name: str) -> None:
    cached = CACHES[name]
    before = cached.cache_info().currsize
    for text in LONG_TEXTS:
        cached(text)
    assert cached.cache_info().currsize == before


@pytest.mark.parametrize("name", sorted(CACHES))
def test_a_short_text_is_kept(name: str) -> None:
    cached = CACHES[name]
    text = "政府信息公开申请数量0"
    cached(text)
    hits = cached.cache_info().hits
    cached(text)
    assert cached.cache_info().hits == hits + 1


def test_clean_label_keeps_no_label_longer_than_64_characters() -> None:
    # a joined wrapped label or a prose line: never asked for twice on the generated
    # and real reports, it would push out the short labels that repeat
    label = "（一）本年新收政府信息公开申请数量其中通过互联网渠道提交的申请" * 3
    assert 64 < len(label) <= templates.CACHED_TEXT
    before = templates.clean_label.cache_info().currsize
    assert templates.clean_label(label) == templates.clean_label.__wrapped__(label)  # type: ignore[attr-defined]
    assert templates.clean_label.cache_info().currsize == before
    short = label[:64]
    templates.clean_label(short)
    hits = templates.clean_label.cache_info().hits
    templates.clean_label(short)
    assert templates.clean_label.cache_info().hits == hits + 1


@settings(max_examples=100, deadline=None)
@given(
    st.text(alphabet="0123456789 ,.|一二三、（）申请行政复议数量件万元%-", max_size=300),
)
def test_cached_or_not_the_answer_is_the_same(text: str) -> None:
    for cached in CACHES.values():
        assert cached(text) == cached.__wrapped__(text)  # type: ignore[attr-defined]


def test_per_document_works_each_text_out_once() -> None:
    # the facts stage and the breakdowns ask for the same view of the same text,
    # often a text equal to it but another object (pipeline.parse's PerDocument)
    calls: list[tuple[str, str]] = []

    def upper(text: str) -> str:
        calls.append(("upper", text))
        return text.upper()

    def doubled(text: str, times: int) -> str:
        calls.append(("doubled", text))
        return text * times

    once = PerDocument()
    text = "".join(["ab", "c"])  # built, not the literal's object
    assert once(upper, text) == "ABC"
    assert once(upper, "abc") == "ABC"  # an equal text: not worked out again
    assert once(doubled, "abc", 2) == "abcabc"  # another function: its own answer
    assert once(doubled, "abc", 2) == "abcabc"
    assert once(upper, "abd") == "ABD"
    assert calls == [("upper", "abc"), ("doubled", "abc"), ("upper", "abd")]
    # a new document starts with nothing kept
    assert PerDocument()(upper, "abc") == "ABC"
    assert len(calls) == 4


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet="申请2件\n。，a .", max_size=60))
def test_per_document_views_are_the_views(text: str) -> None:
    # the reading views made through PerDocument are those made directly
    from govinfo_nlp.facts.segments import continued_lines, wrapped_lines

    once = PerDocument()
    wraps = once(wrapped_lines, text)
    assert wraps == wrapped_lines(text)
    assert once(continued_lines, text, wraps) == continued_lines(text)
    assert once(continued_lines, text) == continued_lines(text, wrapped_lines(text))


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet='申请2件\n。，a ."', max_size=60))
def test_the_wraps_found_once_are_those_each_reader_found(text: str) -> None:
    # extractor.reading_text, _settled and the breakdowns read the wraps found
    # once for the parse (marked_wraps, kept by the text read)
    from govinfo_nlp.breakdown import _continued
    from govinfo_nlp.facts.extractor import marked_wraps, reading_view
    from govinfo_nlp.facts.segments import continued_lines, wrapped_lines
    from govinfo_nlp.normalize import chinese_marks

    marked = chinese_marks(text)
    once = PerDocument()
    wraps = once(marked_wraps, text, marked)
    assert wraps == wrapped_lines(marked)
    assert continued_lines(marked, wraps) == reading_view(text)
    # (the breakdowns read ASCII marks as Chinese ones, as the facts stage does)
    assert _continued(text, once) == continued_lines(marked) == _continued(text)
