"""Writing the model card of ``models/pkuseg-v1`` (the runtime reads it: ``govinfo_nlp.tokens.card``).

``card.md`` is prose for people plus one fenced ``json`` block (the *record*:
library versions, file hashes, scores, recipe) that code reads back.
"""

from __future__ import annotations

import json
import platform
from importlib import metadata
from pathlib import Path
from typing import Any

__all__ = ["write_card"]

from govinfo_nlp.tokens.card import CARD_NAME, MODEL_FILES, file_hashes


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def _score_row(name: str, s: dict[str, Any] | None) -> str:
    if not s:
        return f"| {name} | – | – | – | – |"
    return f"| {name} | {s['precision']:.4f} | {s['recall']:.4f} | {s['f1']:.4f} | {s['words']} |"


def write_card(
    model_dir: Path,
    *,
    training: dict[str, Any],
    scores: dict[str, Any] | None = None,
    speed: dict[str, Any] | None = None,
) -> Path:
    """Write ``card.md`` for the model files now in ``model_dir``."""
    record: dict[str, Any] = {
        "name": model_dir.name,
        "versions": {
            "spacy-pkuseg": _version("spacy-pkuseg"),
            "spacy": _version("spacy"),
            "opencc": _version("opencc"),
            "python": platform.python_version(),
        },
        "sha256": file_hashes(model_dir),
        "size_bytes": {
            name: (model_dir / name).stat().st_size
            for name in MODEL_FILES
            if (model_dir / name).exists()
        },
        "training": training,
        "scores": {k: v for k, v in (scores or {}).items() if k != "model"},
        "speed": speed or {},
    }
    s = record["scores"]
    speed_lines = (
        [
            f"- whole text: {speed['whole_chars_per_s']:,} chars/s; windowed "
            f"(±{speed.get('radius', '?')} chars around quantities): "
            f"{speed['windowed_chars_per_s']:,} chars of input/s "
            f"({speed.get('windowed_share', '?')} of the text tokenized) — "
            "`python benchmarks/bench_tokenizer.py`",
        ]
        if speed and "whole_chars_per_s" in speed
        else ["- see `python benchmarks/bench_tokenizer.py`"]
    )
    text = (
        f"""# {model_dir.name} — word segmenter for government information-disclosure reports

A [spacy-pkuseg](https://github.com/explosion/spacy-pkuseg) CRF model trained
by this project (spacy-pkuseg ships no model and nothing is downloaded).
Loaded by `govinfo_nlp.tokens.load()`, which runs it as the segmenter of
spaCy's Chinese tokenizer and adds the `govinfo_merge_quantities` component.

## Standard

UD Chinese (GSD) word segmentation, plus the project's domain conventions
(`datasets/segmentation/README.md`): domain terms such as 政府信息公开,
依申请公开, 政务新媒体, 规范性文件, 行政复议 are one word; a quantity with its
counter is one word (65件, 1200余册, 800多人次, 46.72%); dates are split
(2020 年 1 月).

## Data and licences

| data | use | licence |
|---|---|---|
| UD Chinese GSDSimp dev (Universal Dependencies, UD_Chinese-GSDSimp) | training | CC BY-SA 4.0 |
| UD Chinese PUD (UD_Chinese-PUD), converted to Simplified word by word with OpenCC t2s | training | CC BY-SA 3.0 |
| `datasets/segmentation/indomain-train.txt` (report prose segmented by hand; × {training.get("indomain_repeat")}) | training | project |
| `govinfo_nlp/tokens/data/lexicon.txt` (one term a line) | training | project |
| UD Chinese GSDSimp test | evaluation only | CC BY-SA 4.0 |
| `datasets/segmentation/indomain-test.txt` (held out by source document) | evaluation only | project |

Credit: the Universal Dependencies Chinese GSDSimp and PUD treebanks
(https://universaldependencies.org). Because the training data include
CC BY-SA material, the model files are shared under CC BY-SA 4.0.

## Scores

Word-level precision / recall / F1 (a word is correct when its character span
matches the gold span). GSDSimp test is scored with the bare model (UD splits
numeral and counter); the in-domain test with the full `load()` pipeline.

| test set | P | R | F1 | gold words |
|---|---|---|---|---|
{_score_row("GSDSimp test (bare model)", s.get("gsd_test"))}
{_score_row("in-domain test (pipeline)", s.get("indomain_test"))}
{_score_row("in-domain test (bare model)", s.get("indomain_test_bare"))}

## Speed

{chr(10).join(speed_lines)}

## Recipe

- training sentences (lines incl. repeats and lexicon): {training.get("sentences")}
- pkuseg iterations: {training.get("iterations")}, default features, zero init,
  `random.seed(0)`; training took {training.get("seconds")} s on one core
- rebuild: `govinfo-nlp train segmenter` (= `govinfo_nlp_dev.tokens.train.train_segmenter()`)
- evaluate: `govinfo-nlp evaluate segmenter` (= `govinfo_nlp_dev.tokens.evaluate.evaluate_segmenter()`)

## Files

| file | bytes | sha256 |
|---|---|---|
"""
        + "\n".join(
            f"| {name} | {record['size_bytes'][name]} | `{digest}` |"
            for name, digest in record["sha256"].items()
        )
        + f"""

Library versions at training time: spacy-pkuseg {record["versions"]["spacy-pkuseg"]},
spacy {record["versions"]["spacy"]}, OpenCC {record["versions"]["opencc"]},
Python {record["versions"]["python"]}. `load()` warns when the installed
spacy-pkuseg differs.

## Record

```json
{json.dumps(record, ensure_ascii=False, indent=2, sort_keys=True)}
```
"""
    )
    card = model_dir / CARD_NAME
    card.write_text(text, encoding="utf-8")
    return card
