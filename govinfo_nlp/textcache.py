"""Memoising a function of one text, but never of a long text.

The tables stage reads the same cells, labels and header lines again and again
(a row of zeros, 本年新收政府信息公开申请数量, a header), within a report and from
one report to the next, and keeps each answer in a bounded cache. A bound on the
number of entries is no bound on their size: one entry of a plain ``lru_cache``
may be a whole line of a hostile input, 20 MB of digits, kept (with its compacted
copy) by every cache it went through until a few thousand other texts push it out.
A text longer than ``longest`` is worked out each time instead: such texts are
prose, which repeats too seldom for a cache to pay (on the generated and real
reports, no text of 200 characters or more was asked for twice by the same cache
but ``compact``, whose callers ask for it once each).

One document's own texts are another matter: :class:`PerDocument` keeps what a
parse works out from them (the wraps the facts stage's views read) for that parse alone.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, update_wrapper
from typing import Any, Protocol, TypeVar, cast

__all__ = ["PerDocument", "TextCached", "text_cache"]

R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)


class TextCached(Protocol[R_co]):
    """A function of one text with ``lru_cache``'s ``cache_info`` and ``cache_clear``."""

    def __call__(self, text: str, /) -> R_co: ...

    def cache_info(self) -> Any: ...

    def cache_clear(self) -> None: ...


def text_cache(maxsize: int, longest: int) -> Callable[[Callable[[str], R]], TextCached[R]]:
    """``lru_cache(maxsize)`` for texts of at most ``longest`` characters; a longer text's
    answer is worked out and not kept (the function must be pure: it answers the same
    either way)."""

    def wrap(fn: Callable[[str], R]) -> TextCached[R]:
        cached = lru_cache(maxsize=maxsize)(fn)

        def call(text: str, /) -> R:
            return cached(text) if len(text) <= longest else fn(text)

        update_wrapper(call, fn)
        wrapper = cast(Any, call)
        wrapper.cache_info = cached.cache_info
        wrapper.cache_clear = cached.cache_clear
        wrapper.longest = longest
        return cast(TextCached[R], call)

    return wrap


class PerDocument:
    """What one parse works out from a text, each once: ``once(fn, text, *more)`` is
    ``fn(text, *more)``, worked out the first time only (``more`` must follow from
    ``text``: the answer is kept by ``fn`` and ``text`` alone).

    The facts stage and the breakdowns read the same document through the same
    views, often of the very same text (a text document's normalised text is its
    original), and find the same line wraps in it (facts.extractor.marked_wraps):
    made by :func:`govinfo_nlp.pipeline.parse` for one document and cleared after
    its last reader, not a cache of the process (a long text is kept only while
    its parse runs).
    """

    __slots__ = ("_done",)

    def __init__(self) -> None:
        self._done: dict[tuple[Callable[..., Any], str], Any] = {}

    def __call__(self, fn: Callable[..., R], text: str, /, *more: Any) -> R:
        key = (fn, text)
        done = self._done
        if key in done:
            return cast(R, done[key])
        answer = done[key] = fn(text, *more)
        return answer

    def clear(self) -> None:
        """Drop what is kept (the parse reads those views no more)."""
        self._done.clear()
