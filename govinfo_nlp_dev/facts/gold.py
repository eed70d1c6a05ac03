"""Gold narrative facts (``datasets/gold/facts-*.jsonl``) and the documents they annotate."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from govinfo_nlp.errors import GovinfoError

__all__ = [
    "GoldDoc",
    "default_repo_root",
    "default_shared",
    "is_part3",
    "iter_gold",
    "iter_written",
]

GOLD_GLOB = "facts-*.jsonl"
# a paraphrase set's note naming the excerpt its document re-words
_SOURCE = re.compile(r"paraphrase of (reports/r\d+\.txt)")
# the note of a document written on a real excerpt's skeleton (sets 17-21: its
# structure copied sentence by sentence in other words, "skeleton r177 (train)")
_SKELETON = re.compile(r"\bskeleton (r\d+)\b")


@dataclass(frozen=True, slots=True)
class GoldDoc:
    doc: str
    path: Path
    split: str
    report_year: int | None
    facts: tuple[dict[str, Any], ...]
    #: the real excerpt a written document re-words or copies the skeleton of
    #: (``reports/r018.txt``), "" for none
    source: str = ""

    def read(self) -> str:
        # exactly how the annotators read it: offsets index this string
        with open(self.path, encoding="utf-8-sig", newline="") as fh:
            return fh.read()


def is_part3(doc: str) -> bool:
    """Whether ``doc`` is one of the 128 real reports annotated last (r051-r178):
    the real test split the model card reports first (never used for tuning)."""
    return doc.startswith("reports/r") and doc[9:12].isdigit() and doc[9:12] >= "051"


def iter_written(name: str, repo_root: Path | None = None) -> Iterator[GoldDoc]:
    """The documents of a written set, ``datasets/heldout/<name>`` (its gold.jsonl;
    none when absent): ``paraphrase`` (selection) or ``facts`` (held out)."""
    folder = (repo_root or default_repo_root()) / "datasets" / "heldout" / name
    gold = folder / "gold.jsonl"
    if not gold.is_file():
        return
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            path = folder / d["doc"].rsplit("/", 1)[1]
            yield GoldDoc(
                d["doc"],
                path,
                name,
                d.get("report_year"),
                tuple(d["facts"]),
                _source(d.get("notes") or ""),
            )


def _source(notes: str) -> str:
    """The real excerpt a written document's ``notes`` say it re-words or copies the
    skeleton of: cross-validation holds the document out with that excerpt, since
    a copied structure shares its sentences' frames (sets 17-20), "" for none."""
    para = _SOURCE.match(notes)
    if para:
        return para.group(1)
    skeleton = _SKELETON.search(notes)
    return f"reports/{skeleton.group(1)}.txt" if skeleton else ""


def default_repo_root() -> Path:
    return Path(__file__).resolve().parents[2]


def default_shared(repo_root: Path | None = None) -> Path:
    return (repo_root or default_repo_root()).parent / "shared"


def iter_gold(
    *, split: str | None = None, repo_root: Path | None = None, shared: Path | None = None
) -> Iterator[GoldDoc]:
    """Gold documents of one split (all when ``split`` is None), in file order.

    Documents whose file is missing (``../shared`` absent) are skipped.
    """
    root = Path(repo_root) if repo_root else default_repo_root()
    shared_dir = Path(shared) if shared else default_shared(root)
    files = sorted((root / "datasets" / "gold").glob(GOLD_GLOB))
    if not files:
        raise GovinfoError(f"no gold files {GOLD_GLOB} under {root / 'datasets' / 'gold'}")
    for file in files:
        for n, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GovinfoError(f"{file}:{n}: invalid JSON ({exc.msg})") from exc
            if split is not None and raw.get("split") != split:
                continue
            doc = raw["doc"]
            if doc.startswith("corpus:"):
                path = root / "datasets" / doc.split(":", 1)[1]
            else:
                path = shared_dir / doc
            if not path.is_file():
                continue
            yield GoldDoc(
                doc,
                path,
                raw.get("split", "train"),
                raw.get("report_year"),
                tuple(raw.get("facts", ())),
            )
