"""Build paraphrase set 11: ``pNN.txt`` and ``gold.jsonl`` from ``src/pNN.ann``.

The sources have paraphrase set 10's format (see its ``build.py``: the inline
gold of ``datasets/gold/tools/build_written2.py``, markers may run over a line
break, value/unit given by hand for such a span), so its builder builds them;
this file only points it at this directory.

Usage: python datasets/heldout/paraphrase11/build.py
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def set10_module(name: str) -> ModuleType:
    """Paraphrase set 10's ``build``/``validate`` module, loaded by path (every set has a build.py)."""
    path = HERE.parent / "paraphrase10" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"paraphrase10_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


if __name__ == "__main__":
    sys.exit(set10_module("build").main(HERE, "p*.ann"))
