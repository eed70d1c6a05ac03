"""Running the upstream stages for one raw text (evaluation, training, the spaCy component)."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)

__all__ = ["prepare"]


def prepare(raw: str) -> tuple[Any, tuple[Any, ...]]:
    """Normalise ``raw`` and find its sections: ``(NormalizedText, sections)``."""
    from ..normalize import normalize

    norm = normalize(raw)
    try:
        from ..sections import find_sections
    except ImportError:
        from ._standins import find_sections

        log.warning("govinfo_nlp.sections unavailable; using the facts stand-in")
    return norm, tuple(find_sections(norm.text))
