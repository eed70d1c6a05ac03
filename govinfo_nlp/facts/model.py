"""The statistical side: multinomial logistic regressions stored as JSON.

A model file holds, per task ("type", "scope"), the class labels, the
feature vocabulary and the coefficient matrix; prediction is a sparse dot
product and a softmax in numpy — no pickle, no scikit-learn at run time.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from .. import about
from ..errors import ModelError

__all__ = ["FactModel", "LinearModel", "default_model_dir", "load_model"]

log = logging.getLogger(__name__)

MODEL_NAME = "facts-v1"
MODEL_FILE = "model.json"


@dataclass(frozen=True, slots=True)
class LinearModel:
    classes: tuple[str, ...]
    vocabulary: dict[str, int]
    coef: tuple[tuple[float, ...], ...]  # [feature][class]
    intercept: tuple[float, ...]
    _matrix: Any = field(default=None, repr=False, compare=False)
    _bias: Any = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_matrix", np.asarray(self.coef, dtype=np.float64).reshape(
            len(self.coef), len(self.classes)))
        object.__setattr__(self, "_bias", np.asarray(self.intercept, dtype=np.float64))

    def predict_proba(self, features: dict[str, float]) -> dict[str, float]:
        idx: list[int] = []
        vals: list[float] = []
        vocab = self.vocabulary
        for name, value in features.items():
            j = vocab.get(name)
            if j is not None:
                idx.append(j)
                vals.append(value)
        z = self._bias + np.asarray(vals) @ self._matrix[idx] if idx else self._bias.copy()
        z = np.exp(z - z.max())
        z /= z.sum()
        return dict(zip(self.classes, z.tolist(), strict=True))

    def to_json(self) -> dict[str, Any]:
        return {
            "classes": list(self.classes),
            "vocabulary": self.vocabulary,
            "coef": [[round(v, 6) for v in row] for row in self.coef],
            "intercept": [round(v, 6) for v in self.intercept],
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> LinearModel:
        classes = tuple(raw["classes"])
        coef = tuple(tuple(float(v) for v in row) for row in raw["coef"])
        if any(len(row) != len(classes) for row in coef) or len(raw["intercept"]) != len(classes):
            raise ModelError("model coefficient shape does not match its classes")
        if len(coef) != len(raw["vocabulary"]):
            raise ModelError("model vocabulary and coefficients differ in size")
        return cls(classes, dict(raw["vocabulary"]), coef, tuple(raw["intercept"]))


@dataclass(frozen=True, slots=True)
class FactModel:
    name: str
    type_model: LinearModel
    scope_model: LinearModel
    meta: dict[str, Any]


def default_model_dir() -> Path | None:
    """``govinfo_nlp.models/facts-v1`` when installed, else the repo's ``models/``."""
    try:
        base = resources.files("govinfo_nlp.models") / MODEL_NAME
        if base.is_dir():
            return Path(str(base))
    except ModuleNotFoundError:
        pass
    repo = Path(__file__).resolve().parents[2] / "models" / MODEL_NAME
    return repo if repo.is_dir() else None


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_model(directory: str | Path | None = None) -> FactModel | None:
    """The model in ``directory`` (default: the shipped one), or None when absent."""
    d = Path(directory) if directory is not None else default_model_dir()
    if d is None or not (d / MODEL_FILE).is_file():
        return None
    try:
        raw = json.loads((d / MODEL_FILE).read_text(encoding="utf-8"))
        model = FactModel(
            name=raw.get("name", MODEL_NAME),
            type_model=LinearModel.from_json(raw["type"]),
            scope_model=LinearModel.from_json(raw["scope"]),
            meta=raw.get("meta", {}),
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"{d / MODEL_FILE}: corrupt facts model ({exc})") from exc
    built = model.meta.get("govinfo_nlp_version")
    if built and built != about.__version__:
        log.warning(
            "facts model %s was built with govinfo_nlp %s, running %s; rebuild with "
            "`govinfo-nlp train facts` if results look wrong", model.name, built, about.__version__,
        )
    return model
