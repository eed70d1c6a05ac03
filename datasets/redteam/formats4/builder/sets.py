"""What the format sets' builders share beyond the report model and the renderers: loading
an earlier set's builder to use its helpers (not copy them), and building a set's files and
its truth.jsonl, for formats5 and later (formats4's own build.py writes its set its way).
"""

from __future__ import annotations

import importlib.util
import json
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType


def load_builder(name: str, path: Path) -> ModuleType:
    """The builder at ``path`` (an earlier set's make.py) run as module ``name``, with no
    arguments in sys.argv while it runs: the builders read theirs at import."""
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    argv, sys.argv = sys.argv, sys.argv[:1]
    spec.loader.exec_module(mod)
    sys.argv = argv
    return mod


def build(
    here: Path, builders: Sequence[Callable[[], None]], truth: list[dict], only: Sequence[str]
) -> None:
    """Run the set's ``builders`` (those named in ``only``, or all), each writing its file
    under ``here``'s sibling files/ and appending its row to ``truth``; then write the rows
    to truth.jsonl beside files/, or, when only some were built, to
    ``<set>-truth.partial.jsonl`` in the temp folder."""
    (here.parent / "files").mkdir(exist_ok=True)
    for b in builders:
        if not only or b.__name__ in only:
            b()
            print("built", truth[-1]["file"], file=sys.stderr)
    path = (
        here.parent / "truth.jsonl"
        if not only
        else Path(tempfile.gettempdir()) / f"{here.parent.name}-truth.partial.jsonl"
    )
    path.write_text("".join(json.dumps(t, ensure_ascii=False) + "\n" for t in truth), encoding="utf-8")
