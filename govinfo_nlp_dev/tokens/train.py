"""Rebuild the shipped word segmentation model ``models/pkuseg-v1``.

The recipe (kept in ``card.md`` too):

* UD Chinese GSDSimp **dev** (CC BY-SA 4.0), as is;
* UD Chinese PUD (CC BY-SA 3.0), converted to Simplified script word by word
  (OpenCC t2s per word, so every gold boundary survives the conversion);
* the in-domain training split ``datasets/segmentation/indomain-train.txt``,
  repeated :data:`INDOMAIN_REPEAT` times because it is small next to UD and
  carries the domain standard (quantities with their counter as one word);
* every lexicon entry (``govinfo_nlp/tokens/data/lexicon.txt``) as a one-word
  line, so the terms enter pkuseg's word-feature dictionary.

GSDSimp **test** and the in-domain **test** split are never read here.

Training needs ``../shared`` (the UD treebanks) and a checkout (``datasets/``);
nothing here is needed at run time.
"""

from __future__ import annotations

import contextlib
import io
import logging
import random
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, cast

from govinfo_nlp.errors import ModelError
from govinfo_nlp.tokens import MODEL_NAME
from govinfo_nlp.tokens.card import MODEL_FILES

from .card import write_card
from .data import (
    CORPUS_DIR,
    DEFAULT_SHARED,
    GSD_DIR,
    PUD_DIR,
    REPO_ROOT,
    read_conllu_words,
    read_segmented,
)
from .evaluate import evaluate_segmenter, format_scores, measure_speed

__all__ = [
    "DEFAULT_ITERATIONS",
    "build_training_lines",
    "read_conllu_words",
    "train_segmenter",
]

logger = logging.getLogger(__name__)

DEFAULT_ITERATIONS = 15
INDOMAIN_REPEAT = 3
DEFAULT_OUT = REPO_ROOT / "models" / MODEL_NAME


def t2s_converter() -> Callable[[str], str]:
    """OpenCC Traditional→Simplified as a plain function.

    Falls back to the compiled binding when the ``opencc`` package lacks its
    Python wrapper (seen on a broken install where ``opencc/__init__.py`` was
    missing but ``opencc.clib`` was intact).
    """
    import importlib

    opencc = importlib.import_module("opencc")
    if hasattr(opencc, "OpenCC"):
        converter: Any = opencc.OpenCC("t2s")
        return cast(Callable[[str], str], converter.convert)
    try:
        clib = importlib.import_module("opencc.clib")
        binding: Any = importlib.import_module("opencc.clib.opencc_clib")
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise ModelError("OpenCC is needed to convert UD PUD to Simplified script") from exc
    config = Path(str(clib.__file__)).parent / "share" / "opencc" / "t2s.json"
    raw = binding._OpenCC(str(config))
    return lambda s: str(raw.convert(s, len(s.encode("utf-8"))))


def _to_simplified(sentences: Iterable[list[str]]) -> Iterator[list[str]]:
    convert = t2s_converter()
    for words in sentences:
        # Word by word: OpenCC converts 1:1 per character for t2s in practice,
        # but phrase tables may change length; converting each word on its own
        # keeps the gold boundaries exact either way.
        yield [convert(w) for w in words]


def lexicon_path() -> Path:
    return REPO_ROOT / "govinfo_nlp" / "tokens" / "data" / "lexicon.txt"


def read_lexicon(path: Path | None = None) -> list[str]:
    """Lexicon entries (first whitespace-separated field; ``#`` starts a comment)."""
    entries = []
    with (path or lexicon_path()).open(encoding="utf-8") as fh:
        for line in fh:
            line = line.split("#", 1)[0].strip()
            if line:
                entries.append(line.split()[0])
    return entries


_TO_HALF = str.maketrans("，：；（）！？", ",:;()!?")
_TO_FULL = str.maketrans(",:;()!?", "，：；（）！？")


def flip_width(line: str) -> str:
    """The line with its ASCII-able punctuation in the other width.

    The normaliser hands the segmenter half-width punctuation while UD (and
    many reports) write full-width; training on both keeps the model from
    gluing ``,`` or ``(`` to a neighbouring word.
    """
    if any(c in line for c in "，：；（）！？"):
        return line.translate(_TO_HALF)
    return line.translate(_TO_FULL)


def ud_lines(shared: Path | None = None) -> list[str]:
    """GSDSimp dev + PUD (Simplified), every other sentence width-flipped."""
    shared = shared or DEFAULT_SHARED
    gsd_dev = shared.joinpath(*GSD_DIR, "zh_gsdsimp-ud-dev.conllu")
    pud = shared.joinpath(*PUD_DIR, "zh_pud-ud-test.conllu")
    for path in (gsd_dev, pud):
        if not path.exists():
            raise ModelError(f"training data not found: {path}")
    lines = [" ".join(w) for w in read_conllu_words(gsd_dev)]
    lines += [" ".join(w) for w in _to_simplified(read_conllu_words(pud))]
    return [flip_width(x) if i % 2 else x for i, x in enumerate(lines)]


def domain_lines(path: Path | None = None, *, repeat: int = INDOMAIN_REPEAT) -> list[str]:
    """The in-domain training split, ``repeat`` times, odd copies width-flipped."""
    path = path or CORPUS_DIR / "indomain-train.txt"
    if not path.exists():
        raise ModelError(f"training data not found: {path}")
    domain = [" ".join(w) for w in read_segmented(path)]
    out: list[str] = []
    for k in range(repeat):
        out += [flip_width(x) for x in domain] if k % 2 else domain
    return out


def build_training_lines(shared: Path | None = None) -> list[str]:
    """The training file's lines (space-separated words), in a fixed order."""
    return ud_lines(shared) + domain_lines() + read_lexicon()


def train_segmenter(
    out_dir: Path | None = None,
    *,
    shared: Path | None = None,
    iterations: int = DEFAULT_ITERATIONS,
) -> Path:
    """Train the pkuseg model and write it (plus ``card.md``) to ``out_dir``.

    Deterministic: pkuseg starts from zero weights and its only randomness is
    Python's ``random`` (example order), seeded here. Takes minutes (pkuseg's
    trainer is pure Python, single process); see the card for the figure.
    """
    out = Path(out_dir) if out_dir is not None else DEFAULT_OUT
    lines = build_training_lines(shared)
    dev = [" ".join(w) for w in read_segmented(CORPUS_DIR / "indomain-train.txt")][:60]
    seconds = train_on_lines(lines, dev, out, iterations=iterations)

    training = {
        "sentences": len(lines),
        "iterations": iterations,
        "seconds": round(seconds, 1),
        "indomain_repeat": INDOMAIN_REPEAT,
    }
    # The card's hashes and version record must exist before load() reads it.
    write_card(out, training=training)
    scores = evaluate_segmenter(out, shared=shared)
    logger.info("scores of the new model:\n%s", format_scores(scores))
    write_card(out, training=training, scores=scores, speed=measure_speed(out, shared=shared))
    return out


def train_on_lines(lines: list[str], dev: list[str], out: Path, *, iterations: int) -> float:
    """Run pkuseg's trainer on ``lines``; returns the seconds it took."""
    import spacy_pkuseg
    from spacy_pkuseg.config import config as pkuseg_config

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        train_file = Path(tmp) / "train.txt"
        dev_file = Path(tmp) / "dev.txt"
        train_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
        # pkuseg scores a "test" file after every iteration; we hand it a slice
        # of the training data so no held-out data is ever seen.
        dev_file.write_text("\n".join(dev) + "\n", encoding="utf-8")
        log = io.StringIO()
        # pkuseg's config is a module-level singleton that train() mutates
        # (modelDir, trainFile...); restore it so a later pkuseg(model_dir)
        # in this process is not affected.
        saved = dict(vars(pkuseg_config))
        random.seed(0)
        started = time.monotonic()
        try:
            with contextlib.redirect_stdout(log):
                spacy_pkuseg.train(str(train_file), str(dev_file), str(out), train_iter=iterations)
        finally:
            for name in ("swLog", "swResRaw", "swTune"):
                handle = getattr(pkuseg_config, name, None)
                if handle is not None:
                    handle.close()
            vars(pkuseg_config).clear()
            vars(pkuseg_config).update(saved)
        seconds = time.monotonic() - started
    for line in log.getvalue().splitlines():
        if line.startswith("iter"):
            logger.info("pkuseg %s", line)
    for name in MODEL_FILES:
        if not (out / name).exists():
            raise ModelError(f"pkuseg training did not write {out / name}")
    return seconds
