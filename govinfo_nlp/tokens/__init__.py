"""Word segmentation: our pkuseg model inside spaCy's Chinese tokenizer.

>>> nlp = load()                                   # doctest: +SKIP
>>> [t.text for t in nlp("全年共办结依申请公开65件。")]  # doctest: +SKIP
['全年', '共', '办结', '依申请公开', '65件', '。']

pkuseg segments some tens of thousands of characters a second, so later
stages should not tokenize whole documents: :func:`windows_around` +
:func:`tokenize_spans` tokenize only the windows they need, and
:func:`token_views` gives the tokens with offsets into the full text.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex

from ..errors import BadArgument, ModelError
from .card import MODEL_FILES, read_record

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "MERGE_COMPONENT",
    "MODEL_NAME",
    "TokenView",
    "load",
    "model_path",
    "quantity_spans",
    "token_views",
    "tokenize_spans",
    "windows_around",
]

logger = logging.getLogger(__name__)

MODEL_NAME = "pkuseg-v1"
MERGE_COMPONENT = "govinfo_merge_quantities"
OFFSET_KEY = "govinfo_offset"

# Characters after which a window may start or end without cutting a word.
_BREAKS = frozenset("。，,；;！!？?、：:\n\r\t ()（）《》“”\"'|")


def _checkout_models() -> Path:
    return Path(__file__).resolve().parents[2] / "models"


def model_path(model: str | Path | None = None) -> Path:
    """The directory of a segmentation model.

    ``None`` is the shipped model: ``models/pkuseg-v1`` of the source checkout
    this code runs from, else ``govinfo_nlp.models/pkuseg-v1`` of the installed
    package (the checkout first, as for the facts model). A name
    without a path separator is looked up the same way; anything else is a
    directory path. Raises :class:`~govinfo_nlp.errors.ModelError` when the
    model files are missing.
    """
    name = MODEL_NAME if model is None else str(model)
    candidates: list[Path] = []
    if model is not None and (Path(name).is_absolute() or "/" in name or "\\" in name):
        candidates.append(Path(name))
    else:
        candidates.append(_checkout_models() / name)
        with contextlib.suppress(ModuleNotFoundError, TypeError):
            candidates.append(Path(str(resources.files("govinfo_nlp.models") / name)))
        if model is not None:
            candidates.append(Path(name))
    for path in candidates:
        if all((path / f).is_file() for f in MODEL_FILES):
            return path
    tried = ", ".join(str(p) for p in candidates)
    raise ModelError(
        f"segmentation model {name!r} not found (looked for {', '.join(MODEL_FILES)} in: "
        f"{tried}); rebuild it with `govinfo-nlp train segmenter`"
    )


def _check_versions(path: Path) -> None:
    recorded = read_record(path).get("versions", {}).get("spacy-pkuseg")
    try:
        installed = metadata.version("spacy-pkuseg")
    except metadata.PackageNotFoundError:  # pragma: no cover - spacy-pkuseg is a dependency
        installed = None
    if recorded and installed and recorded != installed:
        warnings.warn(
            f"segmentation model {path.name} was trained with spacy-pkuseg {recorded}, "
            f"but {installed} is installed; results may differ "
            "(rebuild with `govinfo-nlp train segmenter`)",
            UserWarning,
            stacklevel=3,
        )


def load(*, model: str | Path | None = None, merge_quantities: bool = True) -> Language:
    """A spaCy Chinese pipeline whose tokenizer runs our pkuseg model.

    ``model``: a model name under ``govinfo_nlp.models`` or a directory
    (default: the shipped ``pkuseg-v1``). ``merge_quantities`` adds the
    ``govinfo_merge_quantities`` component, which makes each quantity with
    its counter (65件, 800多人次, 46.72%) one token.
    """
    path = model_path(model)
    _check_versions(path)
    try:
        import spacy_pkuseg
        from spacy.lang.zh import Chinese
    except ImportError as exc:  # pragma: no cover - both are dependencies
        raise ModelError(f"spaCy's Chinese pkuseg tokenizer is unavailable: {exc}") from exc

    nlp = Chinese.from_config({"nlp": {"tokenizer": {"segmenter": "pkuseg"}}})
    # Built by hand instead of tokenizer.initialize(): with user_dict=None
    # pkuseg neither reads a user dictionary nor applies its bundled
    # default.pkl post-processing, which merges words against a different
    # standard (it costs ~7 F1 points on GSDSimp test).
    try:
        segmenter = spacy_pkuseg.pkuseg(str(path), user_dict=None)
    except (OSError, ValueError, KeyError) as exc:
        raise ModelError(f"cannot load the pkuseg model in {path}: {exc}") from exc
    # With user_dict=None pkuseg builds its post-processor without word sets;
    # spaCy's tokenizer.to_disk() saves them, so give it the (empty) sets it
    # means: nlp.to_disk() then works and spacy.load() restores the same
    # segmenter (post-processing off).
    post = segmenter.postprocesser
    post.common_words = getattr(post, "common_words", set())
    post.other_words = getattr(post, "other_words", set())
    tokenizer: Any = nlp.tokenizer
    tokenizer.pkuseg_seg = segmenter
    nlp.meta["govinfo_model_dir"] = str(path)
    nlp.meta["govinfo_model"] = path.name
    if merge_quantities:
        _register_components()
        nlp.add_pipe(MERGE_COMPONENT)
    return nlp


# --- quantities -----------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _trailing() -> Any:
    """Words that may follow a counter inside a quantity span but are words of
    their own by our standard: the approximation suffixes of quantities/markers.json
    (近50件左右 → 近 / 50件 / 左右), and a parenthesised second counter
    (1000余条(次) → 1000余条 / ( / 次 / ))."""
    from ..quantities.rules import builtin_markers

    words = "|".join(regex.escape(m.word) for m in builtin_markers().suffix)
    return regex.compile(f"(?:{words}|[(（][^()（）]{{1,4}}[)）])$")


def quantity_spans(text: str) -> list[tuple[int, int]]:
    """Character spans that must be one token: numeral (+余/多, 万/亿) + counter.

    Uses :func:`govinfo_nlp.quantities.find_quantities`. A prefix marker
    (近, 约, 超过) and a trailing word (左右, 以上) stay separate tokens; a
    quantity without a counter (7.29, 10万) is just its number.
    """
    from ..quantities import find_quantities

    found = [(q.number_start, q.end if q.unit else q.number_end) for q in find_quantities(text)]
    spans = []
    trailing = _trailing()
    for start, end in found:
        while True:
            m = trailing.search(text, start, end)
            if m is None or m.start() == start:
                break
            end = m.start()
        if end > start:
            spans.append((start, end))
    return spans


def _register_components() -> None:
    # Importing the component modules registers their factories (on first
    # load(), not at import of this package: no global side effects), so that
    # nlp.add_pipe("govinfo_facts") works on what load() returns. spaCy finds
    # them by entry point too, e.g. in spacy.load() of a saved pipeline.
    from ..facts import component as _facts  # noqa: F401
    from . import component as _tokens  # noqa: F401


# --- windowed tokenization -------------------------------------------------


@dataclass(frozen=True)
class TokenView:
    """A token of a window, with offsets into the full text."""

    text: str
    start: int
    end: int


def windows_around(
    text: str, spans: Iterable[tuple[int, int]], *, radius: int = 40, snap: int = 12
) -> list[tuple[int, int]]:
    """Windows of ``±radius`` chars around ``spans``, merged where they overlap.

    Each edge is moved outwards to the nearest punctuation or whitespace
    within ``snap`` more characters, so a window rarely starts or ends inside
    a word (which would change how the word is segmented).
    """
    n = len(text)
    windows: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        a, b = max(0, s - radius), min(n, e + radius)
        for _ in range(snap):
            if a == 0 or text[a - 1] in _BREAKS:
                break
            a -= 1
        for _ in range(snap):
            if b == n or text[b] in _BREAKS:
                break
            b += 1
        if windows and a <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], b))
        else:
            windows.append((a, b))
    return windows


def tokenize_spans(nlp: Language, text: str, spans: Sequence[tuple[int, int]]) -> list[Doc]:
    """Tokenize only ``text[start:end]`` for each span.

    Each Doc keeps its window's start offset in ``doc.user_data["govinfo_offset"]``;
    :func:`token_views` maps its tokens back to offsets of ``text``.
    """
    for start, end in spans:
        if not 0 <= start <= end <= len(text):
            raise BadArgument(f"span ({start}, {end}) is outside the text (length {len(text)})")
    docs = list(nlp.pipe(text[s:e] for s, e in spans))
    for doc, (start, _) in zip(docs, spans, strict=True):
        doc.user_data[OFFSET_KEY] = start
    return docs


def token_views(doc: Doc) -> tuple[TokenView, ...]:
    """The tokens of ``doc`` with offsets shifted into the full text."""
    offset = int(doc.user_data.get(OFFSET_KEY, 0))
    return tuple(
        TokenView(t.text, offset + t.idx, offset + t.idx + len(t.text))
        for t in doc
        if not t.is_space
    )
