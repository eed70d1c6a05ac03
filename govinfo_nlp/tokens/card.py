"""Reading the model card of ``models/pkuseg-v1`` (:func:`load` checks its versions).

``card.md`` is prose for people plus one fenced ``json`` block (the *record*:
library versions, file hashes, scores, recipe) that code reads back.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

__all__ = ["CARD_NAME", "MODEL_FILES", "file_hashes", "read_record"]

# Writing the card is training's job: ``govinfo_nlp_dev/tokens/card.py``.

CARD_NAME = "card.md"
MODEL_FILES = ("features.msgpack", "weights.npz")
_RECORD = re.compile(r"```json\n(.*?)\n```", re.S)


def file_hashes(model_dir: Path) -> dict[str, str]:
    """sha256 of each model file present in ``model_dir``."""
    return {
        name: hashlib.sha256((model_dir / name).read_bytes()).hexdigest()
        for name in MODEL_FILES
        if (model_dir / name).exists()
    }


def read_record(model_dir: Path) -> dict[str, Any]:
    """The JSON record of ``model_dir/card.md`` ({} when there is none)."""
    card = model_dir / CARD_NAME
    if not card.exists():
        return {}
    match = _RECORD.search(card.read_text(encoding="utf-8"))
    if not match:
        return {}
    data: dict[str, Any] = json.loads(match.group(1))
    return data
