"""Running the upstream stages for one raw text (evaluation, training, the spaCy component)."""

from __future__ import annotations

from typing import Any

__all__ = ["prepare"]


def prepare(raw: str) -> tuple[Any, tuple[Any, ...]]:
    """Normalise ``raw``, drop page chrome and find the sections, as :func:`govinfo_nlp.parse`
    does: ``(NormalizedText, sections)``."""
    from ..noise import find_chrome
    from ..normalize import normalize
    from ..sections import find_sections

    norm = normalize(raw)
    work = norm.without((n.start, n.end) for n in find_chrome(norm.text))
    return work, tuple(find_sections(work.text))
