"""The statistical side: multinomial logistic regressions stored as JSON.

A model file holds, per task ("type", "scope"), the class labels, the
feature vocabulary and the coefficient matrix; prediction is a sparse dot
product and a softmax in numpy — no pickle, no scikit-learn at run time.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from itertools import chain, pairwise, repeat
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from .. import about
from ..errors import ModelError
from .features import FEATURE_SET, WINDOW_FAMILIES, FeatureEncoder
from .modelfile import read_model_file

__all__ = [
    "Calibration",
    "FactModel",
    "JointScorer",
    "LinearModel",
    "Verdict",
    "default_model_dir",
    "load_model",
]

log = logging.getLogger(__name__)

MODEL_NAME = "facts-v3"
MODEL_FILE = "model.json"


@dataclass(frozen=True, slots=True)
class LinearModel:
    classes: tuple[str, ...]
    vocabulary: dict[str, int]
    #: [feature, class] float64 array, read-only (any nested sequence given is
    #: converted): facts-v2's 560 K coefficients as tuples of Python floats were
    #: over 10 MB in every process, as an array 4.5 MB
    coef: Any
    intercept: tuple[float, ...]
    _bias: Any = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "coef", _coef_array(self.coef, len(self.classes)))
        object.__setattr__(self, "_bias", np.asarray(self.intercept, dtype=np.float64))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LinearModel):
            return NotImplemented
        return (
            self.classes == other.classes
            and self.vocabulary == other.vocabulary
            and self.intercept == other.intercept
            and bool(np.array_equal(self.coef, other.coef))
        )

    @property
    def matrix(self) -> Any:
        """The coefficients as a [feature, class] array (:attr:`coef` itself)."""
        return self.coef

    def coef_array(self) -> Any:
        """A new [feature, class] array of :attr:`coef` (a writable copy)."""
        return self.coef.copy()

    def predict_proba(self, features: dict[str, float]) -> dict[str, float]:
        idx: list[int] = []
        vals: list[float] = []
        vocab = self.vocabulary
        for name, value in features.items():
            j = vocab.get(name)
            if j is not None:
                idx.append(j)
                vals.append(value)
        z = self._bias + np.asarray(vals) @ self.coef[idx] if idx else self._bias.copy()
        z = np.exp(z - z.max())
        z /= z.sum()
        return dict(zip(self.classes, z.tolist(), strict=True))

    def to_json(self) -> dict[str, Any]:
        return {
            "classes": list(self.classes),
            "vocabulary": self.vocabulary,
            # tolist gives the very Python floats the array holds
            "coef": [[round(v, 6) for v in row] for row in self.coef.tolist()],
            "intercept": [round(v, 6) for v in self.intercept],
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> LinearModel:
        classes = tuple(raw["classes"])
        if len(raw["intercept"]) != len(classes):
            raise ModelError("model coefficient shape does not match its classes")
        if len(raw["coef"]) != len(raw["vocabulary"]):
            raise ModelError("model vocabulary and coefficients differ in size")
        # the file's lists go straight into the array (no tuple of floats per row)
        return cls(classes, dict(raw["vocabulary"]), raw["coef"], tuple(raw["intercept"]))


def _coef_array(rows: Any, n_classes: int) -> Any:
    """``rows`` ([feature][class] numbers) as a read-only float64 array of that shape
    (a read-only float64 array itself, as the model file's reader gives it, is
    kept: not copied)."""
    if isinstance(rows, np.ndarray) and rows.dtype == np.float64 and not rows.flags.writeable:
        coef = rows
    else:
        try:
            coef = np.array(rows, dtype=np.float64)
        except ValueError as exc:  # rows of different lengths
            raise ModelError("model coefficient shape does not match its classes") from exc
    if coef.size == 0 and coef.ndim < 2:
        coef = coef.reshape(0, n_classes)
    if coef.ndim != 2 or coef.shape[1] != n_classes:
        raise ModelError("model coefficient shape does not match its classes")
    if not np.isfinite(coef).all():  # numpy reads a null as NaN, where float() refused it
        raise ModelError("model coefficients must be finite numbers")
    if coef.flags.writeable:
        coef.setflags(write=False)
    return coef


Probs = dict[str, float]

#: Feature entries gathered at once when scoring. The gather holds, per entry,
#: a coefficient of every class of both models (21 floats, 168 bytes): a whole
#: batch at once was most of a small document's peak memory (440 KB for 23
#: candidates). 128 entries (21 KB; a candidate has ~90-150, so about one at a
#: time) cost as much time as 256 (measured), and each candidate's sum is the
#: same (see _sums). The gather of one candidate is still the facts stage's peak
#: on a small report (bench_facts.py --memory: 164 of 178 real excerpts); what
#: bounding it below a candidate cost (session 26: _sums' peak on a chunk of 8
#: real candidates, and the stage's CPU time, A/B in one process over 278
#: documents, the same sums bit for bit): the classes gathered in two groups of
#: columns, 31 -> 20 KB for 6 % more time (three groups: 19 KB, 11 %); numpy's
#: pairwise sum redone over its 8 running sums, 8 entries of each row a step,
#: 25 KB for 27 %. Each numpy call costs 1-2 us, what a few candidates' gathers
#: save is paid in calls.
GATHER_ENTRIES = 128
#: Entries a thread's scratch gather holds (43 KB: 21 classes of float64 an entry),
#: made once per thread and scorer and reused by every gather of every document:
#: the gather of one candidate (~90-150 entries, 17-30 KB) was still a small
#: report's peak, the median real excerpt's 28x its size (speed29: 22x without
#: it). A fixed cost of the process like the coefficients (6.3 MB), not of a
#: document; a gather of more entries than it holds is made for that gather.
SCRATCH_ENTRIES = 256


class Verdict(NamedTuple):
    """What the models say of one candidate: the most probable type and scope."""

    type: str
    type_p: float
    scope: str
    scope_p: float

    @classmethod
    def of(cls, type_probs: Probs, scope_probs: Probs) -> Verdict:
        """The verdict of probabilities by class (the first class of the highest)."""
        m_type = max(type_probs, key=type_probs.__getitem__)
        m_scope = max(scope_probs, key=scope_probs.__getitem__)
        return cls(m_type, type_probs[m_type], m_scope, scope_probs[m_scope])


class JointScorer:
    """Both classifiers of a :class:`FactModel` scored together, a batch at a time.

    Same numbers as ``predict_proba`` per candidate and model (up to float
    summation order, ~1e-16), but one vocabulary look-up per feature for both
    models and a few numpy gathers/reductions per batch instead of two small
    numpy round trips per candidate, which dominated the facts stage.
    """

    def __init__(self, type_model: LinearModel, scope_model: LinearModel) -> None:
        self.type_classes = type_model.classes
        self.scope_classes = scope_model.classes
        n_type, n_scope = len(type_model.classes), len(scope_model.classes)
        names = list(type_model.vocabulary)
        names.extend(n for n in scope_model.vocabulary if n not in type_model.vocabulary)
        self.vocabulary: dict[str, int] = {n: i for i, n in enumerate(names)}
        # a feature one model lacks gets a zero row there: adding 0.0 changes nothing;
        # one extra zero row stands for every unknown feature (see predict)
        self.unknown = len(names)
        weighted = np.zeros((len(names) + 1, n_type + n_scope), dtype=np.float64)
        t_rows = [self.vocabulary[n] for n in type_model.vocabulary]
        weighted[t_rows, :n_type] = type_model.coef[list(type_model.vocabulary.values())]
        s_rows = [self.vocabulary[n] for n in scope_model.vocabulary]
        weighted[s_rows, n_type:] = scope_model.coef[list(scope_model.vocabulary.values())]
        # Each row times the weight its feature always has (an n-gram family's:
        # features.WINDOW_FAMILIES; 1 for the others), the very product scoring
        # would compute: only the entries weighing otherwise (a rule's score) are
        # multiplied when scored (see _sums), from the row at weight 1 recovered
        # as row / weight. The only copy of the coefficients kept (6.4 MB for
        # facts-v2, once a process): a row is weighted only where that recovery
        # gives its coefficients back exactly (always for a power of two such as
        # 0.5, without underflow), else it keeps weight 1.
        self.row_weight = np.ones(len(weighted))
        families = [(family, w) for _, _, family, w in WINDOW_FAMILIES if w != 1.0]
        for name, row in self.vocabulary.items():
            for family, w in families:
                if name.startswith(family):
                    self.row_weight[row] = w
                    break
        rows = np.flatnonzero(self.row_weight != 1.0)
        plain = weighted[rows]
        scaled = plain * self.row_weight[rows, None]
        exact = (scaled / self.row_weight[rows, None] == plain).all(axis=1)
        weighted[rows[exact]] = scaled[exact]
        self.row_weight[rows[~exact]] = 1.0
        del plain, scaled
        self.weighted = weighted
        self.bias = np.concatenate([type_model._bias, scope_model._bias])
        self.n_type = n_type
        self.encoder = FeatureEncoder(self.vocabulary, self.unknown)
        # each thread's scratch gather (_scratch), made on its first use
        self._local = threading.local()

    def __getstate__(self) -> dict[str, Any]:
        # a thread's scratch is no part of the scorer, and a threading.local does not
        # pickle: the engine goes to worker processes whole ("spawn", Dask, the grid search)
        state = self.__dict__.copy()
        del state["_local"]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._local = threading.local()

    def predict(self, rows: Sequence[dict[str, float]]) -> list[tuple[Probs, Probs]]:
        """(type probabilities, scope probabilities) of each feature dict."""
        if not rows:
            return []
        n = len(rows)
        # Unknown features map to the zero row, so look-ups need no filtering (all
        # in C via map); a 0.0 term leaves a sequential sum unchanged.
        lens = np.fromiter(map(len, rows), dtype=np.intp, count=n)
        total = int(lens.sum())
        idx = np.fromiter(
            map(self.vocabulary.get, chain.from_iterable(rows), repeat(self.unknown)),
            dtype=np.intp,
            count=total,
        )
        vals = np.fromiter(
            chain.from_iterable(r.values() for r in rows), dtype=np.float64, count=total
        )
        return self._probs(idx, vals, lens)

    def predict_encoded(self, cols: Any, vals: Any, lens: Any) -> list[tuple[Probs, Probs]]:
        """:meth:`predict` of rows given as arrays of vocabulary rows (:class:`FeatureEncoder`).

        ``cols``/``vals`` are every row's matrix rows and weights end to end,
        ``lens`` the number of each row's entries (numpy arrays): the arrays
        :meth:`predict` builds from feature dicts, so the same numbers without
        any feature name being built or hashed.
        """
        if not len(lens):
            return []
        return self._probs(cols, vals, lens)

    def verdicts(self, cols: Any, vals: Any, lens: Any) -> list[Verdict]:
        """The :class:`Verdict` of each row of :meth:`predict_encoded`, without a
        probability dict per row (what the extractor needs of the probabilities)."""
        if not len(lens):
            return []
        p_type, p_scope = self._softmaxes(cols, vals, lens)
        # the first class of the highest probability, as max() over a dict picks:
        # softmax rows are finite (exp of numbers <= 0 over a sum >= 1), no NaN
        at = np.arange(len(lens))
        t_best, s_best = p_type.argmax(axis=1), p_scope.argmax(axis=1)
        tc, sc = self.type_classes, self.scope_classes
        return [
            Verdict(tc[t], tp, sc[s], sp)
            for t, tp, s, sp in zip(
                t_best.tolist(),
                p_type[at, t_best].tolist(),
                s_best.tolist(),
                p_scope[at, s_best].tolist(),
                strict=True,
            )
        ]

    def _probs(self, idx: Any, vals: Any, lens: Any) -> list[tuple[Probs, Probs]]:
        p_type, p_scope = self._softmaxes(idx, vals, lens)
        tc, sc = self.type_classes, self.scope_classes
        return [
            (dict(zip(tc, pt, strict=True)), dict(zip(sc, ps, strict=True)))
            for pt, ps in zip(p_type.tolist(), p_scope.tolist(), strict=True)
        ]

    def _softmaxes(self, idx: Any, vals: Any, lens: Any) -> tuple[Any, Any]:
        """The type and the scope probabilities of the rows (two arrays, a row each)."""
        z = self.bias + self._sums(idx, vals, lens)
        t = self.n_type
        return _softmax(z[:, :t]), _softmax(z[:, t:])

    def _sums(self, idx: Any, vals: Any, lens: Any) -> Any:
        """Per row, the sum of its entries' coefficient rows times their weights.

        Gathered :data:`GATHER_ENTRIES` entries at a time (whole rows; a row with
        more entries alone). ``reduceat`` sums each row's slice on its own (its
        first term plus numpy's pairwise sum of the rest, per class), so the
        result does not depend on how the rows are grouped.
        """
        n = len(lens)
        sums = np.zeros((n, self.weighted.shape[1]))
        if not _all(lens):
            # rows without entries stay zero; the others' entries are all of them
            has = lens > 0
            sums[has] = self._sums(idx, vals, lens[has])
            return sums
        ends = lens.cumsum()
        starts = ends - lens
        begin, end = starts.tolist(), ends.tolist()
        # the entries not at their row's own weight, weighted here (a few a row: a
        # rule's score); an unknown feature's row is zeros at any weight (> 0)
        # (take: an index of int32 entries, fancy indexing converted it in a buffer of
        # 29 bytes an entry; take holds the converted index and the weights, 16)
        odd = vals != self.row_weight.take(idx, mode="clip")
        odd &= idx != self.unknown
        odd = odd.nonzero()[0]  # (np.flatnonzero of a flat array, without its wrapper)
        rows = idx[odd]
        # a row back at weight 1 (exact: see __init__), then at the entry's weight
        fixes = self.weighted[rows]
        fixes /= self.row_weight[rows, None]
        fixes *= vals[odd, None]
        odd_at = odd.tolist()
        lo = 0
        while lo < n:
            # the rows whose entries end within the budget, at least one
            hi = bisect_right(end, begin[lo] + GATHER_ENTRIES, lo + 1)
            a, b = begin[lo], end[hi - 1]
            # (mode="clip": the rows are in range, and "raise" takes into a buffer first)
            weighted = self.weighted.take(idx[a:b], axis=0, out=self._scratch(b - a), mode="clip")
            j, k = bisect_left(odd_at, a), bisect_left(odd_at, b)
            if j < k:
                weighted[odd[j:k] - a] = fixes[j:k]
            at = _ONE_ROW if hi == lo + 1 else starts[lo:hi] - a
            np.add.reduceat(weighted, at, axis=0, out=sums[lo:hi])
            lo = hi
        return sums

    def _scratch(self, entries: int) -> Any:
        """Room for a gather of ``entries`` (this thread's scratch gather, or made for
        a gather bigger than it: see SCRATCH_ENTRIES)."""
        if entries > SCRATCH_ENTRIES:
            return np.empty((entries, self.weighted.shape[1]))
        scratch = getattr(self._local, "gather", None)
        if scratch is None:
            scratch = self._local.gather = np.empty((SCRATCH_ENTRIES, self.weighted.shape[1]))
        return scratch[:entries]


# the reduceat indices of a gather of one row (most gathers: see GATHER_ENTRIES)
_ONE_ROW = np.zeros(1, dtype=np.intp)


# ndarray.max, .sum and .all are Python wrappers (numpy/_core/_methods.py) around
# these reductions: called straight, the same numbers without the wrapper's cost
# (a small document's rows are scored in a few calls, where it counts)
_max = np.maximum.reduce
_add = np.add.reduce
_all = np.logical_and.reduce


def _softmax(z: Any) -> Any:
    z = np.exp(z - _max(z, axis=1, keepdims=True))
    z /= _add(z, axis=1, keepdims=True)
    return z


@dataclass(frozen=True, slots=True)
class Calibration:
    """A monotone map from a fact's raw confidence to the probability that it is right.

    Fitted on the dev split (isotonic regression of correct/incorrect on the
    raw confidence, ``govinfo_nlp_dev/facts/train.py``) and stored as the
    breakpoints of a piecewise-linear function; identity when a model has none.
    """

    x: tuple[float, ...] = (0.0, 1.0)
    y: tuple[float, ...] = (0.0, 1.0)

    def __call__(self, raw: float) -> float:
        """``np.interp(raw, x, y)`` (same arithmetic, so the same float) without numpy's
        per-call cost: it runs once per fact."""
        x, y = self.x, self.y
        if raw != raw:  # NaN
            return raw
        j = bisect_right(x, raw) - 1  # x[j] <= raw < x[j + 1]
        if j < 0:
            return y[0]
        if j >= len(x) - 1:
            return y[-1]
        if x[j] == raw:
            return y[j]
        slope = (y[j + 1] - y[j]) / (x[j + 1] - x[j])
        out = slope * (raw - x[j]) + y[j]
        if out != out:  # numpy's retry from the other end (infinite breakpoints)
            out = slope * (raw - x[j + 1]) + y[j + 1]
            if out != out and y[j] == y[j + 1]:
                out = y[j]
        return out

    def to_json(self) -> dict[str, list[float]]:
        return {"x": [round(v, 6) for v in self.x], "y": [round(v, 6) for v in self.y]}

    @classmethod
    def from_json(cls, raw: dict[str, Any] | None) -> Calibration:
        if not raw:
            return cls()
        x, y = tuple(float(v) for v in raw["x"]), tuple(float(v) for v in raw["y"])
        if len(x) != len(y) or len(x) < 2 or any(b < a for a, b in pairwise(x)):
            raise ModelError("calibration breakpoints must be increasing and paired")
        return cls(x, y)


@dataclass(frozen=True, slots=True)
class FactModel:
    name: str
    type_model: LinearModel
    scope_model: LinearModel
    meta: dict[str, Any]
    calibration: Calibration = field(default_factory=Calibration)
    #: the rules the model saw deciding enough training examples to judge them
    #: (meta ``rules_seen``); data/scoring.json's seen_rule_margin applies to them
    seen_rules: frozenset[str] = frozenset()
    #: the rules the model may overrule (meta ``rules_overrulable``): those it saw
    #: deciding a training example, but those of a family (the type they claim)
    #: whose overrules were wrong out of fold at least as often as right
    #: (govinfo_nlp_dev/facts/crossval.py). On a rule it never saw (or one a
    #: user added) its verdict is guessed from the words around, with no weight
    #: for that rule's verdict; where its overrules of a family were as often
    #: wrong as right it has shown no judgement there. None (a model file
    #: without the list): every rule.
    overrulable_rules: frozenset[str] | None = None
    _joint: Any = field(default=None, repr=False, compare=False)

    @property
    def joint(self) -> JointScorer:
        """The two classifiers behind one vocabulary (built on first use)."""
        if self._joint is None:
            # benign race: two threads may both build it; either result is the same
            object.__setattr__(self, "_joint", JointScorer(self.type_model, self.scope_model))
        joint: JointScorer = self._joint
        return joint


def default_model_dir() -> Path | None:
    """The ``models/`` of the source checkout this code runs from, else ``govinfo_nlp.models``.

    The checkout comes first: with the package installed in editable mode from
    another checkout, ``govinfo_nlp.models`` resolves to *that* checkout's
    ``models/``, and a worktree would run its own code with another's model.
    """
    repo = Path(__file__).resolve().parents[2] / "models" / MODEL_NAME
    if repo.is_dir():
        return repo
    try:
        base = resources.files("govinfo_nlp.models") / MODEL_NAME
        if base.is_dir():
            return Path(str(base))
    except ModuleNotFoundError:
        pass
    return None


def _overrulable(meta: dict[str, Any]) -> frozenset[str] | None:
    """:attr:`FactModel.overrulable_rules` from a model file's meta (None without the list)."""
    rules = meta.get("rules_overrulable")
    return None if rules is None else frozenset(rules)


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_model(directory: str | Path | None = None) -> FactModel | None:
    """The model in ``directory`` (default: the shipped one), or None when absent."""
    d = Path(directory) if directory is not None else default_model_dir()
    if d is None or not (d / MODEL_FILE).is_file():
        return None
    try:
        # (the coefficient tables read straight into arrays: see modelfile.py)
        raw = read_model_file(d / MODEL_FILE)
        model = FactModel(
            name=raw.get("name", MODEL_NAME),
            type_model=LinearModel.from_json(raw["type"]),
            scope_model=LinearModel.from_json(raw["scope"]),
            meta=raw.get("meta", {}),
            calibration=Calibration.from_json(raw.get("calibration")),
            seen_rules=frozenset(raw.get("meta", {}).get("rules_seen", ())),
            overrulable_rules=_overrulable(raw.get("meta", {})),
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"{d / MODEL_FILE}: corrupt facts model ({exc})") from exc
    # a model file without the key predates it: its n-grams saw digits (set 2)
    features = model.meta.get("feature_set", 2)
    if features != FEATURE_SET:
        log.warning(
            "facts model %s was fitted on feature set %s, this code builds set %s;"
            " its type and scope guesses will be off: rebuild with `govinfo-nlp train facts`",
            model.name,
            features,
            FEATURE_SET,
        )
    built = model.meta.get("govinfo_nlp_version")
    if built and built != about.__version__:
        log.warning(
            "facts model %s was built with govinfo_nlp %s, running %s; rebuild with "
            "`govinfo-nlp train facts` if results look wrong",
            model.name,
            built,
            about.__version__,
        )
    return model
