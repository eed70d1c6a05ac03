"""Shared test fixtures: the repo root on sys.path and the ../shared material."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
REPORTS = SHARED / "reports"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test with a reason when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared material not available: {path}")
    return path


def seed_path(prefix: str) -> Path:
    """The seed report whose file name starts with ``prefix`` (e.g. "000")."""
    folder = shared_path("seeds")
    matches = sorted(folder.glob(f"{prefix}_*.txt"))
    if not matches:
        pytest.skip(f"seed {prefix} not found in {folder}")
    return matches[0]
