"""The corpus summary page: what it shows, that it loads nothing, and that Chromium draws it."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from govinfo_nlp.cli import main
from govinfo_nlp.summary import summary_html
from govinfo_nlp_dev.synthetic.panel_corpus import make_panel_corpus

pytest.importorskip("pandas")


def corpus_rows() -> list[dict[str, Any]]:
    rows = make_panel_corpus(2, agencies=12).rows
    rows[0] = dict(
        rows[0],
        source="reports/a<b>.txt",
        warnings=["tables.unit_assumed: t2.fees.amount has no unit"],
        errors=["read.empty: nothing"],
        facts=[{"text": "办结申请<script>65件", "value": 65}],
        reconciliation=[
            {
                "fact": 0,
                "type": "requests.closed",
                "verdict": "inconsistent",
                "narrative": 65,
                "table": 64,
                "fields": ["t3.results_total.total"],
            },
            {"fact": 0, "type": "requests.closed", "verdict": "consistent"},
        ],
        tables={**rows[0]["tables"], "t3.granted.total": 30, "t3.partial.total": 10},
    )
    return rows


def test_the_page_shows_every_part() -> None:
    page = summary_html(corpus_rows())
    for anchor in (
        "coverage",
        "templates",
        "messages",
        "verdicts",
        "contradictions",
        "distributions",
        "breaks",
    ):
        assert f'id="{anchor}"' in page
    assert "tables.unit_assumed" in page and "read.empty" in page
    assert "Contradictions (1)" in page
    assert "办结申请&lt;script&gt;65件" in page and "<script>" not in page  # escaped
    assert 'href="reports/a&lt;b&gt;.txt"' in page  # a source that is not a file: as given
    assert "t3.carry.total" in page  # the corpus has injected breaks
    assert "<th>outcome</th>" in page  # outcome shares (granted 30, partial 10)


def test_the_page_loads_nothing() -> None:
    page = summary_html(corpus_rows())
    assert "Content-Security-Policy" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "<script" not in page and "<link" not in page


def test_charts_are_inline_svg() -> None:
    pytest.importorskip("matplotlib")
    page = summary_html(corpus_rows())
    assert page.count("<svg") >= 5
    assert "pip install" not in page


def test_without_matplotlib_the_page_names_the_install_command(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    page = summary_html(corpus_rows())
    assert "<svg" not in page
    assert "pip install 'govinfo_nlp[summary]'" in page
    assert "Contradictions (1)" in page  # the tables are all there


def test_cli_summary(tmp_path: Path) -> None:
    src = tmp_path / "out.jsonl"
    src.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in corpus_rows()), "utf-8"
    )
    out = tmp_path / "summary.html"
    assert main(["summary", str(src), "-o", str(out)]) == 0
    assert out.read_text("utf-8").startswith("<!DOCTYPE html>")
    with pytest.raises(SystemExit) as exc:
        main(["summary", str(src), "-o", str(out)])
    assert exc.value.code == 2


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.browser
@pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed (apt-get install -y chromium)"
)
def test_chromium_renders_the_charts(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    image = pytest.importorskip("PIL.Image")
    page = tmp_path / "summary.html"
    page.write_text(summary_html(corpus_rows()), "utf-8")
    shot = tmp_path / "shot.png"
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]
    env = {**os.environ, "HOME": str(tmp_path)}
    dom = subprocess.run(
        [CHROMIUM, *flags, "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=True,
    ).stdout
    assert dom.count("<svg") >= 5 and "Cross-year breaks" in dom
    subprocess.run(
        [CHROMIUM, *flags, "--window-size=1200,2400", f"--screenshot={shot}", page.as_uri()],
        capture_output=True,
        timeout=120,
        env=env,
        check=True,
    )
    picture = image.open(shot).convert("L")
    # The first chart (section coverage) draws blue bars: the page is not blank.
    # tobytes() of an "L" picture is one byte per pixel (getdata is deprecated).
    dark = sum(1 for value in picture.tobytes() if value < 160)
    assert dark > 2000
