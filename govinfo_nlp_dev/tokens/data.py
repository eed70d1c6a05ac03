"""Where the segmenter's training and test data live, and how to read them.

Shared by :mod:`.train` and :mod:`.evaluate` (neither imports the other's
internals). Everything here needs a checkout (``datasets/segmentation``) and
``../shared`` (the UD treebanks).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

__all__ = [
    "CORPUS_DIR",
    "DEFAULT_SHARED",
    "GSD_DIR",
    "PUD_DIR",
    "REPO_ROOT",
    "read_conllu_words",
    "read_segmented",
]

REPO_ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = REPO_ROOT / "datasets" / "segmentation"
DEFAULT_SHARED = REPO_ROOT.parent / "shared"
GSD_DIR = ("data", "ud_chinese_gsdsimp")
PUD_DIR = ("data", "ud_chinese_pud")


def read_conllu_words(path: Path) -> Iterator[list[str]]:
    """The gold words of each sentence of a CoNLL-U file (multiword ranges and
    empty nodes skipped: UD Chinese has neither, but a future release might)."""
    words: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if words:
                    yield words
                words = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            # pkuseg splits training lines on whitespace; a word with an inner
            # space (rare in UD, e.g. foreign names) would be cut in two.
            words.extend(cols[1].split())
    if words:
        yield words


def read_segmented(path: Path) -> Iterator[list[str]]:
    """Sentences of a one-sentence-per-line, space-separated gold file."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            words = line.split()
            if words and not line.startswith("#"):
                yield words
