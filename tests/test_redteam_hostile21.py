"""The third blind hostile-input red team's findings (session 21, ``datasets/redteam/hostile21``).

Each test failed on the code before its fix (the set's README holds the first reading):
``--resume`` kept a row of another library version (r01) and rows of another input order
(r02); ``summary``/``crosscheck``/``render``/``panel`` with ``--force`` overwrote the
annotate output they were reading (q03); ``--max-seconds 10**30`` made every document a
``parse.failed: OverflowError`` row (a05).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import ROOT

from govinfo_nlp import Limits, annotate
from govinfo_nlp.cli import main

SAMPLES = [
    ROOT / "datasets" / "samples" / f
    for f in ("s01_pipe_2021.txt", "s02_pipe_2019.txt", "s03_cell_per_line_2019.txt")
]


def _usage_error(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for name, sample in zip(("a.txt", "b.txt", "c.txt"), SAMPLES):
        (src / name).write_bytes(sample.read_bytes())
    return src


@pytest.fixture
def output(tmp_path: Path, corpus: Path) -> Path:
    out = tmp_path / "out.jsonl"
    assert main(["annotate", str(corpus), "-o", str(out), "-q"]) == 0
    return out


def _first_row_only(out: Path) -> bytes:
    whole = out.read_bytes()
    out.write_bytes(whole[: whole.index(b"\n") + 1])  # a run killed after its first row
    return whole


@pytest.mark.parametrize(
    "edit",
    [
        {"govinfo_nlp_version": "0.0.1"},
        {"models": "digests"},
    ],
    ids=["version", "models"],
)
def test_resume_refuses_a_row_of_another_version_or_models(
    corpus: Path, output: Path, edit: dict[str, str]
) -> None:
    whole = _first_row_only(output)
    row = json.loads(output.read_text(encoding="utf-8"))
    if "models" in edit:  # same version, other rules or model files (a dev checkout, an upgrade)
        row["models"] = {
            k: "0" * len(v) if k.endswith("sha256") else v for k, v in row["models"].items()
        }
    else:
        row.update(edit)
    output.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    aged = output.read_bytes()
    _usage_error(["annotate", str(corpus), "-o", str(output), "--resume", "-q"])
    assert output.read_bytes() == aged  # refused, untouched
    # --force starts over: this version's rows
    assert main(["annotate", str(corpus), "-o", str(output), "--resume", "--force", "-q"]) == 0
    assert output.read_bytes() == whole


def test_resume_refuses_rows_of_another_input_order(
    tmp_path: Path, corpus: Path, output: Path
) -> None:
    other = tmp_path / "other.jsonl"
    names = [str(corpus / n) for n in ("c.txt", "a.txt", "b.txt")]
    assert main(["annotate", *names, "-o", str(other), "-q"]) == 0
    _first_row_only(other)
    cut = other.read_bytes()
    _usage_error(["annotate", str(corpus), "-o", str(other), "--resume", "-q"])
    assert other.read_bytes() == cut
    # the same order resumes: the uninterrupted run's rows
    whole = _first_row_only(output)
    assert main(["annotate", str(corpus), "-o", str(output), "--resume", "-q"]) == 0
    assert output.read_bytes() == whole


@pytest.mark.parametrize(
    "argv",
    [
        ["summary", "{out}", "-o", "{out}", "--force"],
        ["crosscheck", "{out}", "-o", "./{out}", "--force"],
        ["render", "--disagreements", "{out}", "-o", "{out}", "--force"],
        ["panel", "{out}", "-o", "{link}", "--force"],
        ["summary", "{out}", "-o", "{hard}", "--force"],
    ],
    ids=["summary", "crosscheck", "render", "panel-symlink", "summary-hardlink"],
)
def test_a_corpus_command_never_overwrites_its_input(
    tmp_path: Path, output: Path, argv: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    os.symlink(output.name, tmp_path / "link.csv")
    os.link(output, tmp_path / "hard.html")
    whole = output.read_bytes()
    names = {"out": output.name, "link": "link.csv", "hard": "hard.html"}
    _usage_error([a.format(**names) for a in argv])
    assert output.read_bytes() == whole


def test_a_huge_cpu_bound_is_no_bound(corpus: Path, tmp_path: Path) -> None:
    rows = list(annotate([str(corpus / "a.txt")], limits=Limits(max_seconds=10**30)))
    assert [r["errors"] for r in rows] == [[]]
    out = tmp_path / "o.jsonl"
    assert (
        main(
            [
                "annotate",
                str(corpus / "a.txt"),
                "-o",
                str(out),
                "-q",
                "--max-seconds",
                "1" + "0" * 30,
            ]
        )
        == 0
    )
    assert json.loads(out.read_text(encoding="utf-8"))["errors"] == []
