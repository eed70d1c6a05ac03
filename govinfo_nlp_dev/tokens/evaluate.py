"""Word-level precision/recall/F1 of the segmenter on held-out gold data.

Two test sets, neither ever used for training:

* ``gsd_test`` — UD Chinese GSDSimp test (``../shared``), scored with the bare
  pkuseg model: UD's standard writes a numeral and its counter as two words,
  so the quantity-merging component is left out there;
* ``indomain_test`` — ``datasets/segmentation/indomain-test.txt`` (a checkout),
  scored with the full :func:`govinfo_nlp.tokens.load` pipeline, whose
  standard (quantity + counter = one word) the gold follows; the bare model's
  score is reported too as ``indomain_test_bare``.

A word counts as correct when its character span matches a gold word's span.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from govinfo_nlp.tokens import load, model_path, quantity_spans, tokenize_spans, windows_around
from govinfo_nlp.tokens.card import read_record

from .card import write_card
from .data import CORPUS_DIR, DEFAULT_SHARED, GSD_DIR, read_conllu_words, read_segmented

__all__ = [
    "evaluate_segmenter",
    "format_scores",
    "measure_speed",
    "score_segmentation",
    "update_card",
]

Segment = Callable[[str], Sequence[str]]


def _spans(words: Iterable[str]) -> set[tuple[int, int]]:
    spans = set()
    i = 0
    for w in words:
        spans.add((i, i + len(w)))
        i += len(w)
    return spans


def score_segmentation(segment: Segment, gold: Iterable[Sequence[str]]) -> dict[str, float | int]:
    """Precision, recall and F1 of ``segment`` (text -> words) against gold word lists.

    >>> score_segmentation(lambda s: [s[:2], s[2:]], [["政府", "信息"]])["f1"]
    1.0
    """
    correct = n_gold = n_pred = sentences = 0
    for words in gold:
        text = "".join(words)
        predicted = [w for w in segment(text) if w.strip()]
        if "".join(predicted) != text:
            # A segmenter must not change the characters; if it does the span
            # comparison below would be meaningless.
            raise ValueError(f"segmenter altered the text of: {text!r}")
        g, p = _spans(words), _spans(predicted)
        correct += len(g & p)
        n_gold += len(g)
        n_pred += len(p)
        sentences += 1
    precision = correct / n_pred if n_pred else 0.0
    recall = correct / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "sentences": sentences,
        "words": n_gold,
    }


def evaluate_segmenter(
    model_dir: str | Path | None = None, *, shared: str | Path | None = None
) -> dict[str, Any]:
    """Scores of the model in ``model_dir`` (default: the shipped one).

    Keys: ``gsd_test``, ``indomain_test``, ``indomain_test_bare`` (each a dict
    from :func:`score_segmentation`), and ``model`` (the directory). A test
    set whose files are absent (no ``../shared``, an installed package
    without ``datasets/``) is reported as ``None``.
    """
    nlp = load(model=model_dir)
    tokenizer: Any = nlp.tokenizer
    bare = tokenizer.pkuseg_seg

    def segment_bare(text: str) -> list[str]:
        return list(bare.cut(text))

    def segment_pipeline(text: str) -> list[str]:
        return [t.text for t in nlp(text)]

    shared_dir = Path(shared) if shared is not None else DEFAULT_SHARED
    gsd = shared_dir.joinpath(*GSD_DIR, "zh_gsdsimp-ud-test.conllu")
    indomain = CORPUS_DIR / "indomain-test.txt"
    scores: dict[str, Any] = {"model": str(nlp.meta.get("govinfo_model_dir", model_dir))}
    scores["gsd_test"] = (
        score_segmentation(segment_bare, read_conllu_words(gsd)) if gsd.exists() else None
    )
    if indomain.exists():
        scores["indomain_test"] = score_segmentation(segment_pipeline, read_segmented(indomain))
        scores["indomain_test_bare"] = score_segmentation(segment_bare, read_segmented(indomain))
    else:
        scores["indomain_test"] = scores["indomain_test_bare"] = None
    return scores


def format_scores(scores: dict[str, Any]) -> str:
    """A small plain-text table of :func:`evaluate_segmenter`'s result."""
    rows = [
        f"model: {scores.get('model')}",
        f"{'test set':<22}{'P':>8}{'R':>8}{'F1':>8}{'words':>8}",
    ]
    for key in ("gsd_test", "indomain_test", "indomain_test_bare"):
        s = scores.get(key)
        if s is None:
            rows.append(f"{key:<22}{'(data not available)':>32}")
        else:
            rows.append(
                f"{key:<22}{s['precision']:>8.4f}{s['recall']:>8.4f}{s['f1']:>8.4f}{s['words']:>8}"
            )
    return "\n".join(rows)


def measure_speed(
    model_dir: str | Path | None = None,
    *,
    shared: str | Path | None = None,
    radius: int = 40,
    repeat: int = 3,
) -> dict[str, Any]:
    """Characters per second on the seed reports: whole text vs quantity windows.

    Empty when ``../shared/seeds`` is absent. Best of ``repeat`` runs.
    """
    import time

    seeds = (Path(shared) if shared is not None else DEFAULT_SHARED) / "seeds"
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    if not texts:
        return {}
    nlp = load(model=model_dir)
    total = sum(len(t) for t in texts)

    def best(fn: Callable[[], object]) -> float:
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            fn()
            times.append(time.perf_counter() - started)
        return min(times)

    def windowed_run() -> None:
        for t in texts:
            tokenize_spans(nlp, t, windows_around(t, quantity_spans(t), radius=radius))

    whole = best(lambda: [nlp(t) for t in texts])
    windowed = best(windowed_run)
    covered = sum(
        b - a for t in texts for a, b in windows_around(t, quantity_spans(t), radius=radius)
    )
    return {
        "documents": len(texts),
        "chars": total,
        "radius": radius,
        "whole_seconds": round(whole, 3),
        "whole_chars_per_s": round(total / whole),
        "windowed_seconds": round(windowed, 3),
        "windowed_chars_per_s": round(total / windowed),
        "windowed_share": f"{covered / total:.0%}",
    }


def update_card(
    model_dir: str | Path | None = None, *, shared: str | Path | None = None
) -> dict[str, Any]:
    """Re-score the model and rewrite its ``card.md`` (training record kept).

    For a change that does not touch the model files (the merge component,
    the test set); returns the new scores.
    """
    path = model_path(model_dir)
    training = read_record(path).get("training", {})
    scores = evaluate_segmenter(path, shared=shared)
    write_card(path, training=training, scores=scores, speed=measure_speed(path, shared=shared))
    return scores
