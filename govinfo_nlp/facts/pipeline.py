"""Running the upstream stages for one raw text (evaluation, training, the spaCy component)."""

from __future__ import annotations

from typing import Any

__all__ = ["prepare"]


def prepare(raw: str) -> tuple[Any, tuple[Any, ...]]:
    """Normalise ``raw`` and find its sections: ``(NormalizedText, sections)``."""
    from ..normalize import normalize
    from ..sections import find_sections

    norm = normalize(raw)
    return norm, tuple(find_sections(norm.text))
